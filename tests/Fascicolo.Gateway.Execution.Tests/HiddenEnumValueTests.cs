using System.Text;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Planning;
using Fascicolo.Testing;
using static Fascicolo.Gateway.Execution.Tests.PlanBuilder;

namespace Fascicolo.Gateway.Execution.Tests;

/// <summary>
/// An <c>@inaccessible</c> enum value a subgraph returns never reaches the client: null at a nullable
/// position, an error and null propagation at a non-null one (the federation suite "intersections"
/// checks the same against Hive Gateway and Apollo Gateway).
/// </summary>
public sealed class HiddenEnumValueTests
{
    private static readonly HashSet<string> ApiValues = ["ACTIVE", "RETIRED"];

    private const string Items = """{"data":{"items":[{"status":"ACTIVE","last":"HIDDEN","history":["HIDDEN","RETIRED"]},{"status":"HIDDEN","last":"ACTIVE","history":[]}]}}""";

    [Fact]
    public async Task Execute_Should_WriteNull_When_ANullableEnumHoldsAHiddenValue()
    {
        var item = Shape("Item", EnumLeaf("last", nonNull: false), new ShapeField("history", "history", ListOf(Status(nonNull: false)), null));

        var response = await ExecuteAsync(item);

        Assert.Equal("""{"data":{"items":[{"last":null,"history":[null,"RETIRED"]},{"last":"ACTIVE","history":[]}]}}""", response);
    }

    [Fact]
    public async Task Execute_Should_NullTheParentWithAnError_When_ANonNullEnumHoldsAHiddenValue()
    {
        var item = Shape("Item", EnumLeaf("status", nonNull: true), EnumLeaf("last", nonNull: false));

        var response = await ExecuteAsync(item);

        Assert.Equal(
            """{"data":{"items":[{"status":"ACTIVE","last":null},null]},"errors":[{"message":"Unexpected error.","path":["items",1,"status"],"extensions":{"code":"INTERNAL_SERVER_ERROR","reason":"INACCESSIBLE_ENUM_VALUE"}}]}""",
            response);
    }

    private static TypeShape Status(bool nonNull) => Named("Status", nonNull) with { EnumValues = ApiValues };

    private static ShapeField EnumLeaf(string key, bool nonNull) => new(key, key, Status(nonNull), null);

    private static async Task<string> ExecuteAsync(SelectionShape item)
    {
        await using var catalog = await StubSubgraph.StartAsync(_ => Items);
        var plan = new QueryPlan(Root(0, "catalog", "{ items { status last history } }"), Shape("Query", Object("items", ListOf(Named("Item")), item)), OperationKind.Query);
        using var clients = new SubgraphClients([KeyValuePair.Create("catalog", catalog.Url)], new SubgraphClientOptions());
        using var output = await new PlanExecutor(clients).ExecuteAsync(plan, new ExecutionRequest(null), CancellationToken.None);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
