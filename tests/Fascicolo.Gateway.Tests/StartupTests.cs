using Fascicolo.Gateway.Hosting;
using Fascicolo.Gateway.Tests.Support;
using Fascicolo.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Fascicolo.Gateway.Tests;

public sealed class StartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gateway-startup-").FullName;

    [Fact]
    public async Task Run_Should_ReturnOneWithAMessage_When_TheSupergraphFileIsMissing()
    {
        using var error = new StringWriter();

        var exitCode = await GatewayApplication.RunAsync(["--supergraph", Path.Combine(_folder, "missing.graphql"), "--urls", "http://127.0.0.1:0"], error);

        Assert.Equal(1, exitCode);
        Assert.Contains("missing.graphql' does not exist", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Should_ReturnOneWithTheReadCode_When_TheFileIsNotASupergraph()
    {
        var file = Path.Combine(_folder, "plain.graphql");
        await File.WriteAllTextAsync(file, "type Query { hello: String }");
        using var error = new StringWriter();

        var exitCode = await GatewayApplication.RunAsync(["--supergraph", file, "--urls", "http://127.0.0.1:0"], error);

        Assert.Equal(1, exitCode);
        Assert.Contains("SUPERGRAPH_UNSUPPORTED_JOIN_SPEC", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_Should_ExitWithNonZero_When_TheSupergraphIsMissing()
    {
        var result = await ProcessRunner.RunAsync("dotnet", ["Fascicolo.Gateway.dll", "--supergraph", "no/such/supergraph.graphql"], AppContext.BaseDirectory, TimeSpan.FromMinutes(1));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("fascicolo-gateway: cannot start", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_Should_ServeTheCheckedInSupergraph_When_NoSupergraphIsGiven()
    {
        await using var app = GatewayApplication.Build([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:Subgraphs:registry"] = "http://127.0.0.1:4999/graphql",
        }));

        var runtime = app.Services.GetRequiredService<GatewayState>().Runtime!;
        Assert.Contains(runtime.Supergraph.Subgraphs, s => s.Name == "registry");
        Assert.Equal(new Uri("http://127.0.0.1:4999/graphql"), runtime.SubgraphUrls["registry"]);
    }

    [Fact]
    public async Task Build_Should_StopWithAMessage_When_ASubgraphHasNoUrl()
    {
        var file = Path.Combine(_folder, "no-url.graphql");
        var sdl = await File.ReadAllTextAsync(TestData.ShopSupergraph);
        await File.WriteAllTextAsync(file, sdl.Replace("http://inventory.local/graphql", string.Empty, StringComparison.Ordinal));

        var exception = Assert.Throws<GatewayStartupException>(() => GatewayApplication.Build(["--supergraph", file]));

        Assert.Contains("Gateway:Subgraphs:<name>", exception.Message, StringComparison.Ordinal);
        Assert.Contains("inventory", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Gateway:PlanCacheSize", "0")]
    [InlineData("Gateway:MaxRequestBytes", "a lot")]
    [InlineData("Gateway:SubgraphTimeout", "soon")]
    [InlineData("Gateway:Subgraphs:products", "not a url")]
    public void Build_Should_StopWithAMessageNamingTheSetting_When_ASettingIsMalformed(string key, string value)
    {
        var exception = Assert.Throws<GatewayStartupException>(() => GatewayApplication.Build(["--supergraph", TestData.ShopSupergraph], builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [key] = value })));

        Assert.Contains(key, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData("00:00:07", 7)]
    [InlineData("0.5", 0.5)]
    public void Settings_Should_ReadTheTimeout_When_GivenAsSecondsOrATimeSpan(string value, double seconds)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Gateway:SubgraphTimeout"] = value }).Build();

        Assert.Equal(TimeSpan.FromSeconds(seconds), GatewaySettings.Read(configuration).SubgraphTimeout);
    }

    [Fact]
    public void Settings_Should_HaveTheDocumentedDefaults_When_NothingIsConfigured()
    {
        var settings = GatewaySettings.Read(new ConfigurationBuilder().Build());

        Assert.Equal("schema/supergraph.graphql", settings.Supergraph);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.SubgraphTimeout);
        Assert.Equal(1024, settings.PlanCacheSize);
        Assert.Equal(1024 * 1024, settings.MaxRequestBytes);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
