using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Mobility.Tests;

/// <summary>
/// The mobility SDL contract: <c>schema/subgraphs/mobility.graphql</c> is exactly what the running
/// subgraph answers to <c>_service { sdl }</c>. When a schema change is intended, regenerate it with
/// <c>FASCICOLO_UPDATE_SCHEMA=1 dotnet test tests/Fascicolo.Subgraphs.Mobility.Tests --filter SchemaContractTests</c>,
/// then review and commit the diff.
/// </summary>
[Collection(SeededMobility.Name)]
public sealed class SchemaContractTests(MobilityFixture fixture)
{
    [Fact]
    public async Task ServiceSdl_Should_EqualTheCheckedInContract_When_TheSubgraphRuns()
    {
        var difference = await SchemaContract.DifferenceAsync("mobility", await fixture.Host.QueryServiceSdlAsync());

        Assert.True(difference is null, difference);
    }

    [Fact]
    public async Task ServiceSdl_Should_KeyVehicleByPlateAndExtendCitizen_When_Queried()
    {
        var sdl = await fixture.Host.QueryServiceSdlAsync();

        Assert.Contains("""type Vehicle @key(fields: "plate") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Citizen @key(fields: "fiscalCode") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("union _Entity = Vehicle | Citizen", sdl, StringComparison.Ordinal);
        Assert.Contains("https://specs.apollo.dev/federation/v2.3", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceSdl_Should_DeclarePaymentPositionAsANonResolvableStub_When_Queried()
    {
        var sdl = await fixture.Host.QueryServiceSdlAsync();

        Assert.Contains("""type PaymentPosition @key(fields: "iupd", resolvable: false) {""", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("@external", sdl.Replace("\"@external\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("type Money @shareable {", sdl, StringComparison.Ordinal);
    }
}
