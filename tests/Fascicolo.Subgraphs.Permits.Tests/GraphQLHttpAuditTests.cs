using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Permits.Tests;

/// <summary>The permits <c>/graphql</c> endpoint against the <c>graphql-http</c> conformance audit.</summary>
public sealed class GraphQLHttpAuditTests(PermitsFixture fixture) : IClassFixture<PermitsFixture>
{
    [Fact]
    public async Task Endpoint_Should_PassTheGraphQLOverHttpAudit_When_ServingPermits()
    {
        var results = await GraphQLHttpAudit.RunAsync(fixture.Host.GraphQLEndpoint);

        Assert.NotEmpty(results);
        var failures = results.Where(r => r.IsFailure).ToList();
        Assert.True(failures.Count == 0, "graphql-http audit failures:\n" + string.Join("\n", failures));
    }
}
