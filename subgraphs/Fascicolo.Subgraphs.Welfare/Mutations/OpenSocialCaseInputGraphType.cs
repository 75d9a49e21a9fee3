using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Welfare.Schema;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Mutations;

/// <summary>The <c>OpenSocialCaseInput</c> input type; see <see cref="OpenSocialCaseInput"/>.</summary>
internal sealed class OpenSocialCaseInputGraphType : InputObjectGraphType<OpenSocialCaseInput>
{
    /// <summary>Declares the fields.</summary>
    public OpenSocialCaseInputGraphType()
    {
        Name = "OpenSocialCaseInput";
        Description = "A request for help recorded by a social desk: opens a case in status REQUESTED.";
        Field<NonNullGraphType<FiscalCodeGraphType>>("person").Description("The person the case is about.");
        Field<IdGraphType>("householdId").Description("The person's household (registry id), if known.");
        Field<NonNullGraphType<StringGraphType>>("officeCode").Description("The responsible office, e.g. 'ATS-D969-02'.");
        Field<NonNullGraphType<StringGraphType>>("socialWorker").Description($"The responsible social worker's name (at most {TextInput.MaxNameLength} characters).");
        Field<NonNullGraphType<WelfareUserAreaGraphType>>("area").Description("The user area; a person has at most one open case per area.");
        Field<NonNullGraphType<DateOnlyGraphType>>("openedOn").Description("The day of the request; not in the future.");
        Field<StringGraphType>("note").Description($"The opening note (at most {TextInput.MaxNoteLength} characters).");
    }
}
