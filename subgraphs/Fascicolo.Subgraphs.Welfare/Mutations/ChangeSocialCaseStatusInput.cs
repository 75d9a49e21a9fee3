using Fascicolo.Domain.SyntheticCity.Welfare;

namespace Fascicolo.Subgraphs.Welfare.Mutations;

/// <summary>The <c>ChangeSocialCaseStatusInput</c> argument as the client sent it.</summary>
internal sealed class ChangeSocialCaseStatusInput
{
    /// <summary>The case.</summary>
    public string CaseId { get; set; } = string.Empty;

    /// <summary>The status it enters.</summary>
    public SocialCaseStatus Status { get; set; }

    /// <summary>The day it enters it.</summary>
    public DateOnly OccurredOn { get; set; }

    /// <summary>The social worker's note; required.</summary>
    public string Note { get; set; } = string.Empty;

    /// <summary>Checks what needs no database: the note and the date.</summary>
    /// <param name="today">Today in Italy.</param>
    /// <returns>The trimmed note.</returns>
    public string Validate(DateOnly today)
    {
        var note = TextInput.Required("note", Note, TextInput.MaxNoteLength);
        if (OccurredOn > today)
        {
            throw WelfareErrors.WithReason(WelfareErrorCodes.InvalidDate, "IN_THE_FUTURE", $"'occurredOn' ({OccurredOn:yyyy-MM-dd}) is after today ({today:yyyy-MM-dd}).");
        }
        return note;
    }
}
