using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity.Welfare;

namespace Fascicolo.Subgraphs.Welfare.Mutations;

/// <summary>The <c>OpenSocialCaseInput</c> argument as the client sent it (GraphQL.NET sets the properties).</summary>
internal sealed class OpenSocialCaseInput
{
    /// <summary>The note written on the opening when the operator gives none.</summary>
    public const string DefaultNote = "Richiesta di accesso allo sportello sociale";

    /// <summary>The person the case is about.</summary>
    public FiscalCode Person { get; set; }

    /// <summary>Their household id, if known.</summary>
    public string? HouseholdId { get; set; }

    /// <summary>The responsible office.</summary>
    public string OfficeCode { get; set; } = string.Empty;

    /// <summary>The responsible social worker.</summary>
    public string SocialWorker { get; set; } = string.Empty;

    /// <summary>The user area.</summary>
    public WelfareUserArea Area { get; set; }

    /// <summary>The day of the request.</summary>
    public DateOnly OpenedOn { get; set; }

    /// <summary>The opening note.</summary>
    public string? Note { get; set; }

    /// <summary>Checks what needs no database: the texts and the date.</summary>
    /// <param name="today">Today in Italy: a case cannot be opened in the future.</param>
    /// <returns>The trimmed social worker name and note.</returns>
    public (string SocialWorker, string Note) Validate(DateOnly today)
    {
        var socialWorker = TextInput.Required("socialWorker", SocialWorker, TextInput.MaxNameLength);
        var note = TextInput.Optional("note", Note, TextInput.MaxNoteLength) ?? DefaultNote;
        if (OpenedOn > today)
        {
            throw WelfareErrors.WithReason(WelfareErrorCodes.InvalidDate, "IN_THE_FUTURE", $"'openedOn' ({OpenedOn:yyyy-MM-dd}) is after today ({today:yyyy-MM-dd}).");
        }
        return (socialWorker, note);
    }
}
