using Fascicolo.Gateway.BenchmarkGraph.Accounts;
using Fascicolo.Gateway.BenchmarkGraph.Http;
using Fascicolo.Gateway.BenchmarkGraph.Inventory;
using Fascicolo.Gateway.BenchmarkGraph.Products;
using Fascicolo.Gateway.BenchmarkGraph.Reviews;
using GraphQL;
using GraphQL.DI;

namespace Fascicolo.Gateway.BenchmarkGraph;

/// <summary>
/// Builds one of the benchmark graph's subgraphs as an ASP.NET Core application serving
/// <c>POST /graphql</c>, <c>GET /health</c> and <c>GET /memo</c> (the memo's hits and misses). Configuration keys (command line <c>--key value</c>):
/// <c>subgraph</c> (required: one of <see cref="Names"/>), <c>urls</c>, and <c>memo</c> (default
/// <c>true</c>: answer a request body seen before from memory, see the README's benchmark section).
/// </summary>
/// <remarks>
/// CPU per request, measured as process CPU time over wrk runs against one reviews subgraph on
/// this 2-core machine: an <c>_entities</c> call for 8 products and 6 users with their reviews
/// (8.6 KB answered) costs about 0.6 ms in GraphQL.NET, a one-user call about 95 µs; answered from
/// <see cref="Http.ResponseMemo"/> it costs about 36 µs (Kestrel, reading the body, one dictionary
/// look-up, writing the bytes). The benchmark query makes about ten subgraph calls per gateway
/// request, so without the memo the subgraphs, not the gateways, would take most of the machine.
/// </remarks>
public static class BenchmarkSubgraphs
{
    /// <summary>The four subgraphs, in the order they are composed.</summary>
    public static IReadOnlyList<string> Names { get; } = ["accounts", "inventory", "products", "reviews"];

    /// <summary>The Apollo Federation version every subgraph declares in its <c>@link</c>.</summary>
    public const string FederationVersion = "2.3";

    /// <summary>Builds the application configured by <paramref name="args"/>.</summary>
    /// <param name="args">Command-line arguments, e.g. <c>--subgraph accounts --urls http://127.0.0.1:4201</c>.</param>
    /// <param name="configure">Extra configuration applied to the builder last (tests set logging and URLs here).</param>
    /// <returns>The application, not started.</returns>
    /// <exception cref="ArgumentException">The <c>subgraph</c> setting is missing or unknown.</exception>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        configure?.Invoke(builder);
        var name = builder.Configuration["subgraph"];
        builder.Services.AddSingleton(new ResponseMemo(builder.Configuration.GetValue("memo", true)));
        builder.Services.AddGraphQL(graphql =>
        {
            graphql.AddSystemTextJson().AddFederation(FederationVersion).AddGraphTypes(typeof(BenchmarkSubgraphs).Assembly);
            AddSchema(graphql, name);
        });
        var app = builder.Build();
        app.MapGraphQL();
        app.MapGet("/health", () => Results.Text(name));
        // How well the memo works for the gateways under test (each should hit it after its first requests).
        app.MapGet("/memo", (ResponseMemo memo) => Results.Json(memo.Statistics));
        return app;
    }

    /// <summary>Adds the named subgraph's schema (AddSchema also registers it as <c>ISchema</c>, which the endpoint executes).</summary>
    private static void AddSchema(IGraphQLBuilder graphql, string? name)
    {
        _ = name switch
        {
            "accounts" => graphql.AddSchema<AccountsSchema>(),
            "inventory" => graphql.AddSchema<InventorySchema>(),
            "products" => graphql.AddSchema<ProductsSchema>(),
            "reviews" => graphql.AddSchema<ReviewsSchema>(),
            _ => throw new ArgumentException($"--subgraph must be one of {string.Join(", ", Names)}; got '{name}'.", nameof(name)),
        };
    }
}
