using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary>The payments <c>/graphql</c> endpoint against the <c>graphql-http</c> conformance audit.</summary>
[Collection(SharedPaymentsSubgraph.Name)]
public sealed class GraphQLHttpAuditTests(PaymentsFixture fixture)
{
    [Fact]
    public async Task Endpoint_Should_PassTheGraphQLOverHttpAudit_When_ServingPayments()
    {
        var results = await GraphQLHttpAudit.RunAsync(fixture.Host.GraphQLEndpoint);

        Assert.NotEmpty(results);
        var failures = results.Where(r => r.IsFailure).ToList();
        Assert.True(failures.Count == 0, "graphql-http audit failures:\n" + string.Join("\n", failures));
    }
}
