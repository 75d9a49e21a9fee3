using Fascicolo.Gateway.Differential.Tests.Support;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Differential.Tests;

/// <summary>The <c>graphql-http</c> server audit (GraphQL-over-HTTP spec conformance) against our gateway.</summary>
[Collection(GatewayLabDefinition.Name)]
public sealed class GraphQLHttpAuditTests(GatewayLabFixture lab)
{
    [Fact]
    public async Task OurGateway_Should_PassEveryMustAndShould_When_AuditedByGraphQLHttp()
    {
        Assert.True(lab.Ours is not null, lab.OursProblem);

        var results = await GraphQLHttpAudit.RunAsync(lab.Ours.Endpoint);

        Assert.NotEmpty(results);
        var failures = results.Where(r => r.IsFailure).ToList();
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }
}
