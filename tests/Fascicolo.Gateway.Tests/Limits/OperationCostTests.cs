using Fascicolo.Gateway.Composition;
using Fascicolo.Gateway.Limits;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Tests.Limits;

/// <summary>The cost estimate: weights per field, list multipliers from slicing arguments or the default list size.</summary>
public sealed class OperationCostTests
{
    private const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

        type Query {
          me: User
          users(first: Int = 20, after: String): UserConnection!
          search(limit: Int): [User!]!
          tags: [String!]!
          grid: [[Cell!]!]!
        }

        type UserConnection { edges: [UserEdge!]! nodes: [User!]! total: Int! }
        type UserEdge { node: User! cursor: String! }
        type User @key(fields: "id") { id: ID! name: String! friends: [User!]! }
        type Cell { value: Int! }
        """;

    private static readonly Supergraph Supergraph = Compose();

    [Fact]
    public void Estimate_Should_WeighScalarsOneAndObjectsTwo_When_NothingIsConfigured()
    {
        // me (2) + id (1) + name (1); __typename is free.
        Assert.Equal(4, Estimate("{ me { id name __typename } }"));
    }

    [Fact]
    public void Estimate_Should_MultiplyByTheDefaultListSize_When_AListHasNoSlicingArgument()
    {
        // search (2) + 10 × id (1), and friends inside: 2 + 10 × (1 + 2 + 10 × 1).
        Assert.Equal(12, Estimate("{ search { id } }"));
        Assert.Equal(132, Estimate("{ search { id friends { id } } }"));
    }

    [Fact]
    public void Estimate_Should_MultiplyByTheLimit_When_ItIsALiteral()
    {
        Assert.Equal(2 + (3 * 1), Estimate("{ search(limit: 3) { id } }"));
    }

    [Fact]
    public void Estimate_Should_MultiplyByTheVariable_When_TheLimitIsAVariable()
    {
        var document = Parser.Parse("query Q($n: Int) { search(limit: $n) { id } }");
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var variables = new Variables();
        variables.Add(new Variable("n", operation.Variables![0]) { Value = 7 });

        var (cost, dependsOnVariables) = OperationCost.Estimate(Supergraph, new LimitSettings(), document, operation, variables);

        Assert.Equal(2 + (7 * 1), cost);
        Assert.True(dependsOnVariables);
    }

    [Fact]
    public void Estimate_Should_CountTheSliceOnce_When_AConnectionListsEdgesAndNodes()
    {
        // users (2) + 4 × (edges (2) + node (2) + id (1)): edges is the slice already counted by first.
        Assert.Equal(2 + (4 * (2 + 2 + 1)), Estimate("{ users(first: 4) { edges { node { id } } } }"));
    }

    [Fact]
    public void Estimate_Should_UseTheArgumentDefault_When_TheSliceIsNotGiven()
    {
        Assert.Equal(2 + (20 * (2 + 1)), Estimate("{ users { nodes { id } } }"));
    }

    [Fact]
    public void Estimate_Should_MultiplyOncePerListLevel_When_ListsAreNested()
    {
        Assert.Equal(2 + (10 * 10 * 1), Estimate("{ grid { value } }"));
    }

    [Fact]
    public void Estimate_Should_UseTheConfiguredWeight_When_TheCoordinateHasOne()
    {
        var settings = new LimitSettings { Costs = new Dictionary<string, int> { ["User.name"] = 10, ["Query.me"] = 0 } };

        Assert.Equal(10 + 1, Estimate("{ me { name id } }", settings));
    }

    [Fact]
    public void Estimate_Should_CostTheSame_When_TheSelectionComesThroughFragments()
    {
        var inline = Estimate("{ search(limit: 5) { id friends { name } } }");
        var spread = Estimate("""
            { search(limit: 5) { ...U } }
            fragment U on User { id ... on User { friends { ...N } } }
            fragment N on User { name }
            """);

        Assert.Equal(inline, spread);
    }

    [Fact]
    public void Estimate_Should_CostNothing_When_TheOperationOnlyIntrospects()
    {
        Assert.Equal(0, Estimate("{ __typename __schema { types { name fields { name } } } }"));
    }

    [Fact]
    public void Estimate_Should_NotDependOnVariables_When_EverySliceIsALiteral()
    {
        var document = Parser.Parse("query Q($id: ID) { search(limit: 2) { id } }");
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();

        Assert.False(OperationCost.Estimate(Supergraph, new LimitSettings(), document, operation, null).DependsOnVariables);
    }

    private static long Estimate(string text, LimitSettings? settings = null)
    {
        var document = Parser.Parse(text);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        return OperationCost.Estimate(Supergraph, settings ?? new LimitSettings(), document, operation, null).Cost;
    }

    private static Supergraph Compose()
    {
        var composition = SupergraphComposer.Compose([new SubgraphSource("accounts", Sdl, new Uri("http://accounts.local/graphql"))]);
        Assert.True(composition.IsSuccess, string.Join('\n', composition.Errors));
        return composition.Supergraph!;
    }
}
