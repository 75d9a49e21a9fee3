using System.Net;
using Fascicolo.Gateway.Hosting;
using Fascicolo.Gateway.Introspection;
using Fascicolo.Gateway.Tests.Support;
using Fascicolo.Gateway.Trust;
using Microsoft.Extensions.Configuration;

namespace Fascicolo.Gateway.Tests.Limits;

/// <summary>Introspection per role: defaults by environment, settings, and the refusal over HTTP.</summary>
public sealed class IntrospectionPolicyTests(IntrospectionPolicyTests.Fixture fixture) : IClassFixture<IntrospectionPolicyTests.Fixture>
{
    private const string SchemaQuery = "{ __schema { queryType { name } } }";

    [Theory]
    [InlineData(CallerRoles.Anonymous)]
    [InlineData(CallerRoles.Citizen)]
    [InlineData(CallerRoles.Operator)]
    [InlineData(CallerRoles.Analyst)]
    [InlineData(CallerRoles.Service)]
    public void Policy_Should_AllowEveryRole_When_TheEnvironmentIsDevelopment(string role)
    {
        Assert.True(IntrospectionPolicy.Read(Configuration(), isDevelopment: true, anyIssuer: true).Allows(role));
    }

    [Theory]
    [InlineData(CallerRoles.Anonymous, false)]
    [InlineData(CallerRoles.Citizen, false)]
    [InlineData(CallerRoles.Operator, true)]
    [InlineData(CallerRoles.Analyst, true)]
    [InlineData(CallerRoles.Service, true)]
    public void Policy_Should_RefuseCitizensAndAnonymousCallers_When_TheEnvironmentIsNotDevelopment(string role, bool allowed)
    {
        Assert.Equal(allowed, IntrospectionPolicy.Read(Configuration(), isDevelopment: false, anyIssuer: true).Allows(role));
    }

    [Theory]
    [InlineData(CallerRoles.Anonymous, true)]
    [InlineData(CallerRoles.Citizen, false)]
    [InlineData(CallerRoles.Operator, true)]
    public void Policy_Should_LetAnonymousCallersIntrospect_When_NoIssuerIsConfigured(string role, bool allowed)
    {
        // Without an issuer everyone is anonymous (a foreign supergraph served as before identity).
        Assert.Equal(allowed, IntrospectionPolicy.Read(Configuration(), isDevelopment: false, anyIssuer: false).Allows(role));
    }

    [Fact]
    public void Policy_Should_FollowTheSettings_When_RolesAreConfigured()
    {
        var policy = IntrospectionPolicy.Read(Configuration(("Gateway:Introspection:Citizen", "true"), ("Gateway:Introspection:analyst", "false")), isDevelopment: false, anyIssuer: true);

        Assert.True(policy.Allows(CallerRoles.Citizen));
        Assert.False(policy.Allows(CallerRoles.Analyst));
        Assert.False(policy.Allows(CallerRoles.Anonymous));
    }

    [Theory]
    [InlineData("Gateway:Introspection:admin", "true", "Gateway:Introspection:admin names no role")]
    [InlineData("Gateway:Introspection:citizen", "sometimes", "Gateway:Introspection:citizen must be true or false, not 'sometimes'.")]
    public void Policy_Should_StopStartUp_When_ASettingIsWrong(string key, string value, string message)
    {
        var exception = Assert.Throws<GatewayStartupException>(() => IntrospectionPolicy.Read(Configuration((key, value)), isDevelopment: false, anyIssuer: true));

        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_Should_BeRefusedWithIntrospectionDisabled_When_TheCallerIsAnonymous()
    {
        var before = fixture.Shop.SubgraphRequests;

        var answer = await fixture.Shop.QueryAsync(SchemaQuery);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(["INTROSPECTION_DISABLED"], answer.Codes);
        Assert.Equal("Introspection is disabled for the anonymous role.", answer.Messages[0]);
        Assert.False(answer.HasData);
        Assert.Equal(before, fixture.Shop.SubgraphRequests);
    }

    [Fact]
    public async Task Introspection_Should_BeRefused_When_ATypeIsAskedForInsideAFragment()
    {
        var answer = await fixture.Shop.QueryAsync("""{ ...Q } fragment Q on Query { __type(name: "Product") { name } }""", headers: Bearer(fixture.Identity.Citizen("RPTSRA91B54D969U")));

        Assert.Equal(["INTROSPECTION_DISABLED"], answer.Codes);
        Assert.Equal("Introspection is disabled for the citizen role.", answer.Messages[0]);
    }

    [Fact]
    public async Task Typename_Should_BeAnswered_When_IntrospectionIsDisabled()
    {
        var answer = await fixture.Shop.QueryAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Query", answer.Body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Introspection_Should_BeAnswered_When_TheCallerIsAnOperator()
    {
        var answer = await fixture.Shop.QueryAsync(SchemaQuery, headers: Bearer(fixture.Identity.Operator()));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Query", answer.Body.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    private static Dictionary<string, string> Bearer(string token) => new() { ["Authorization"] = "Bearer " + token };

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    /// <summary>The shop with the development issuer on and the production defaults spelled out.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private ShopGateway? _shop;

        internal TestIdentity Identity { get; } = new();

        internal ShopGateway Shop => _shop ?? throw new InvalidOperationException("Not started.");

        public async Task InitializeAsync()
        {
            var settings = Identity.GatewaySettings();
            settings["Gateway:Introspection:anonymous"] = "false";
            settings["Gateway:Introspection:citizen"] = "false";
            _shop = await ShopGateway.StartAsync(settings);
        }

        public async Task DisposeAsync()
        {
            if (_shop is not null)
            {
                await _shop.DisposeAsync();
            }

            Identity.Dispose();
        }
    }
}
