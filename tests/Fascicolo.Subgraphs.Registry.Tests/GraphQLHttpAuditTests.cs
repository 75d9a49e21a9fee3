using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Registry.Tests;

/// <summary>The registry's <c>/graphql</c> endpoint against the <c>graphql-http</c> conformance audit.</summary>
public sealed class GraphQLHttpAuditTests(RegistryFixture fixture) : IClassFixture<RegistryFixture>
{
    [Fact]
    public async Task Endpoint_Should_PassTheGraphQLOverHttpAudit_When_ServingTheRegistry()
    {
        var results = await GraphQLHttpAudit.RunAsync(fixture.Host.GraphQLEndpoint);

        Assert.NotEmpty(results);
        var failures = results.Where(r => r.IsFailure).ToList();
        Assert.True(failures.Count == 0, "graphql-http audit failures:\n" + string.Join("\n", failures));
    }
}
