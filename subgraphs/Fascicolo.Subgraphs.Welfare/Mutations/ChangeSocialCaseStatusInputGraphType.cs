using Fascicolo.Subgraphs.Welfare.Schema;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Mutations;

/// <summary>The <c>ChangeSocialCaseStatusInput</c> input type; see <see cref="ChangeSocialCaseStatusInput"/>.</summary>
internal sealed class ChangeSocialCaseStatusInputGraphType : InputObjectGraphType<ChangeSocialCaseStatusInput>
{
    /// <summary>Declares the fields.</summary>
    public ChangeSocialCaseStatusInputGraphType()
    {
        Name = "ChangeSocialCaseStatusInput";
        Description = "A step in a case's life cycle, appended to its history.";
        Field<NonNullGraphType<IdGraphType>>("caseId").Description("The case, e.g. 'SC-0000001'.");
        Field<NonNullGraphType<SocialCaseStatusGraphType>>("status").Description("The status the case enters; see SocialCaseStatus for the allowed changes.");
        Field<NonNullGraphType<DateOnlyGraphType>>("occurredOn").Description("The day of the change: not in the future, not before the case's last change.");
        Field<NonNullGraphType<StringGraphType>>("note").Description($"The social worker's note (1 to {TextInput.MaxNoteLength} characters).");
    }
}
