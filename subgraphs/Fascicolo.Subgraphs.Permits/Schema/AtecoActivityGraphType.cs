using Fascicolo.Domain.SyntheticCity.Permits;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>The <c>AtecoActivity</c> type: an ATECO code with its description; the source is the code.</summary>
internal sealed class AtecoActivityGraphType : ObjectGraphType<string>
{
    /// <summary>Declares the fields.</summary>
    public AtecoActivityGraphType()
    {
        Name = "AtecoActivity";
        Description = "An economic activity of the ISTAT ATECO classification.";
        Field<NonNullGraphType<StringGraphType>>("code")
            .Description("The code, e.g. '56.10.11'.")
            .Resolve(context => context.Source);
        Field<StringGraphType>("description")
            .Description("The official description, e.g. 'Ristorazione con somministrazione'; null for a code this subgraph does not describe.")
            .Resolve(context => AtecoActivities.Find(context.Source)?.Description);
    }
}
