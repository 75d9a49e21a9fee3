using Fascicolo.Audit.Store;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Audit.Schema;

/// <summary>
/// One read of the citizen's data as the citizen sees it. It never shows who the reader was as a
/// person (the operator's own id is their personal data): the office, the role and the purpose are
/// what the citizen may know and question.
/// </summary>
internal sealed class AccessLogEntryGraphType : ObjectGraphType<AccessEntry>
{
    /// <summary>Declares the fields.</summary>
    public AccessLogEntryGraphType()
    {
        Name = "AccessLogEntry";
        Description = "One read of the citizen's personal data.";

        Field<NonNullGraphType<DateTimeGraphType>>("at")
            .Description("When the data was read (UTC).")
            .Resolve(context => context.Source.Record.At.UtcDateTime);
        Field<NonNullGraphType<StringGraphType>>("role")
            .Description("The reader's role: citizen (the citizen themself, or a parent for a minor), operator (municipal staff) or service (a municipal system).")
            .Resolve(context => context.Source.Record.ActorRole);
        Field<AccessLogOfficeGraphType>("office")
            .Description("The office the reader worked for; null when the reader was not an operator of an ente (e.g. the citizen themself).")
            .Resolve(context => AccessLogOffice.Of(context.Source.Record));
        Field<StringGraphType>("purpose")
            .Description("The purpose the reader stated (operators and services must state one).")
            .Resolve(context => context.Source.Record.Purpose);
        Field<NonNullGraphType<StringGraphType>>("subgraph")
            .Description("The municipal system that returned the data, e.g. 'welfare'.")
            .Resolve(context => context.Source.Record.Subgraph);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("data")
            .Description("The data read, as schema coordinates (Type.field), e.g. 'Citizen.socialFolder'.")
            .Resolve(context => context.Source.Record.Fields);
    }
}
