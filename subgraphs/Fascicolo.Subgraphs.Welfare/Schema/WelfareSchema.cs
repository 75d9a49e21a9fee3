using Fascicolo.Subgraphs.Welfare.Mutations;

namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>
/// The welfare subgraph's schema: <see cref="QueryGraphType"/>, <see cref="MutationGraphType"/> and
/// what they reach, plus the <c>Citizen</c> and <c>Household</c> extensions (registered explicitly:
/// an entity that only <c>_entities</c> reaches would otherwise be dropped). Every welfare record type
/// marks itself sensitive (<see cref="SensitiveMarks"/>); offices and the benefit catalogue are public.
/// </summary>
internal sealed class WelfareSchema : GraphQL.Types.Schema
{
    /// <summary>Creates the schema from the graph types registered with <paramref name="services"/>.</summary>
    /// <param name="services">The service provider holding the graph types.</param>
    public WelfareSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<QueryGraphType>();
        Mutation = services.GetRequiredService<MutationGraphType>();
        RegisterType(typeof(CitizenGraphType));
        RegisterType(typeof(HouseholdGraphType));
    }
}
