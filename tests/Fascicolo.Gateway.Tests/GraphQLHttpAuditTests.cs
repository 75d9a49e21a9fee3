using Fascicolo.Gateway.Tests.Support;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Tests;

public sealed class GraphQLHttpAuditTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task Audit_Should_ReportNoWarningOrError_When_RunAgainstTheGateway()
    {
        var results = await GraphQLHttpAudit.RunAsync(shop.Gateway.GraphQLEndpoint);

        Assert.NotEmpty(results);
        var failures = results.Where(r => r.IsFailure).ToList();
        Assert.True(failures.Count == 0, "graphql-http audit failures:\n" + string.Join('\n', failures));
    }
}
