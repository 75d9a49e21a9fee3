using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Audit.Tests;

/// <summary>The audit subgraph's <c>/graphql</c> endpoint against the <c>graphql-http</c> conformance audit.</summary>
[Collection(AuditSubgraph.Name)]
public sealed class GraphQLHttpAuditTests(AuditFixture fixture)
{
    [Fact]
    public async Task Endpoint_Should_PassTheGraphQLOverHttpAudit_When_ServingTheAccessLog()
    {
        var results = await GraphQLHttpAudit.RunAsync(fixture.Host.GraphQLEndpoint);

        Assert.NotEmpty(results);
        var failures = results.Where(r => r.IsFailure).ToList();
        Assert.True(failures.Count == 0, "graphql-http audit failures:\n" + string.Join("\n", failures));
    }
}
