using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Registry.Tests;

/// <summary>
/// The registry's SDL contract: <c>schema/subgraphs/registry.graphql</c> is exactly what the running
/// subgraph answers to <c>_service { sdl }</c>. When a schema change is intended, regenerate the
/// file by running this test with the environment variable <c>FASCICOLO_UPDATE_SCHEMA=1</c>
/// (e.g. <c>FASCICOLO_UPDATE_SCHEMA=1 dotnet test tests/Fascicolo.Subgraphs.Registry.Tests --filter SchemaContractTests</c>),
/// then review and commit the diff.
/// </summary>
public sealed class SchemaContractTests(RegistryFixture fixture) : IClassFixture<RegistryFixture>
{
    [Fact]
    public async Task ServiceSdl_Should_EqualTheCheckedInContract_When_TheSubgraphRuns()
    {
        var difference = await SchemaContract.DifferenceAsync("registry", await fixture.Host.QueryServiceSdlAsync());

        Assert.True(difference is null, difference);
    }

    [Fact]
    public async Task ServiceSdl_Should_KeyCitizenByFiscalCode_When_Queried()
    {
        var sdl = await fixture.Host.QueryServiceSdlAsync();

        Assert.Contains("""type Citizen @key(fields: "fiscalCode") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("fiscalCode: FiscalCode!", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Household @key(fields: "id") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("https://specs.apollo.dev/federation/v2.3", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceSdl_Should_DeclareBuildingAsANonResolvableStub_When_Queried()
    {
        var sdl = await fixture.Host.QueryServiceSdlAsync();

        // The territory subgraph owns Building: the registry only references it by key, without @external.
        Assert.Contains("""type Building @key(fields: "id", resolvable: false) {""", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("@external", sdl.Replace("\"@external\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("union _Entity = Citizen | Household", sdl, StringComparison.Ordinal);
    }
}
