namespace Fascicolo.Gateway.Composition;

/// <summary>
/// Every field reachable from a root operation must be resolvable from every subgraph a query can
/// arrive at its type in: there directly, or after entity jumps (<c>_entities</c> by a key the current
/// subgraph can supply), or through an <c>@interfaceObject</c>.
/// </summary>
/// <see href="https://www.apollographql.com/docs/graphos/schema-design/federated-schemas/reference/errors#satisfiability_error"/>
// DIVERGENCE: a simplified walk, not Apollo's full query-graph validation: @requires inputs and
// @provides paths are not tracked (an external field counts as reachable through a key jump), so
// this accepts some graphs Apollo rejects but rejects no graph where every field has a key path.
internal sealed class SatisfiabilityRule : ICompositionRule
{
    public const string ErrorCode = "SATISFIABILITY_ERROR";

    public string Code => ErrorCode;

    public CompositionPhase Phase => CompositionPhase.Satisfiability;

    public void Validate(CompositionContext context)
    {
        var supergraph = context.Supergraph!;
        var walk = new SatisfiabilityWalk(supergraph);
        foreach (var root in new[] { supergraph.QueryType, supergraph.MutationType, supergraph.SubscriptionType }.OfType<string>())
        {
            foreach (var field in supergraph.Types[root].Fields)
            {
                if (field.ResolvableIn.Count == 0)
                {
                    context.Report(Code, $"The root field \"{field.Coordinate}\" cannot be resolved by any subgraph.", field.Coordinate, field.Sources.Select(s => s.Subgraph));
                }

                foreach (var subgraph in field.ResolvableIn)
                {
                    walk.Enqueue(field.NamedType, subgraph, $"{{ {field.Name}");
                }
            }
        }

        foreach (var failure in walk.Run())
        {
            context.Report(
                Code,
                $"The following supergraph API query:\n{failure.Path} {{ {failure.Field.Name} }} }}\ncannot be satisfied by the subgraphs because: cannot find field \"{failure.Field.Coordinate}\" from subgraph \"{failure.Subgraph}\", nor reach a subgraph resolving it by an entity key.",
                failure.Field.Coordinate,
                [failure.Subgraph, .. failure.Field.ResolvableIn]);
        }
    }
}
