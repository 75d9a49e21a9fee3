using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Welfare.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>The <c>SocialCaseEvent</c> type: one step of a case's history, the sensitive data of the case's person.</summary>
internal sealed class SocialCaseEventGraphType : ObjectGraphType<SocialCaseEventRecord>
{
    /// <summary>Declares the fields.</summary>
    public SocialCaseEventGraphType()
    {
        Name = "SocialCaseEvent";
        Description = "A change of status in a social case's history.";
        this.DataSubject(e => e.FiscalCode);
        Field<NonNullGraphType<DateOnlyGraphType>>("occurredOn").Description("The day the case entered the status.").Resolve(context => context.Source.OccurredOn);
        Field<NonNullGraphType<SocialCaseStatusGraphType>>("status").Description("The status entered.").Resolve(context => context.Source.Status);
        Field("note", e => e.Note).Description("The social worker's note.");
        this.MarkSensitive();
    }
}
