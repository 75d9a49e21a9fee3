using GraphQL.Types;

namespace Fascicolo.Subgraphs.Audit.Schema;

/// <summary><c>AccessLogOffice</c>: where the reader worked.</summary>
internal sealed class AccessLogOfficeGraphType : ObjectGraphType<AccessLogOffice>
{
    /// <summary>Declares the fields.</summary>
    public AccessLogOfficeGraphType()
    {
        Name = "AccessLogOffice";
        Description = "The office a reader worked for.";

        Field<StringGraphType>("ente")
            .Description("The municipality (or other public body), by Belfiore code, e.g. 'D969' for Genova.")
            .Resolve(context => context.Source.Ente);
        Field<StringGraphType>("department")
            .Description("The department, e.g. 'social', 'taxes', 'registry'.")
            .Resolve(context => context.Source.Department);
    }
}
