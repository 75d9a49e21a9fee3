using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Permits.Tests;

/// <summary>
/// The permits SDL contract: <c>schema/subgraphs/permits.graphql</c> is exactly what the running
/// subgraph answers to <c>_service { sdl }</c>. When a schema change is intended, regenerate the
/// file by running this test with the environment variable <c>FASCICOLO_UPDATE_SCHEMA=1</c>
/// (e.g. <c>FASCICOLO_UPDATE_SCHEMA=1 dotnet test tests/Fascicolo.Subgraphs.Permits.Tests --filter SchemaContractTests</c>),
/// then review and commit the diff.
/// </summary>
public sealed class SchemaContractTests(PermitsFixture fixture) : IClassFixture<PermitsFixture>
{
    [Fact]
    public async Task ServiceSdl_Should_EqualTheCheckedInContract_When_TheSubgraphRuns()
    {
        var difference = await SchemaContract.DifferenceAsync("permits", await fixture.Host.QueryServiceSdlAsync());

        Assert.True(difference is null, difference);
    }

    [Fact]
    public async Task ServiceSdl_Should_OwnProcedureAndCompanyAndExtendCitizen_When_Queried()
    {
        var sdl = await fixture.Host.QueryServiceSdlAsync();

        Assert.Contains("""type Procedure @key(fields: "id") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Company @key(fields: "fiscalCode") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Citizen @key(fields: "fiscalCode") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("union _Entity = Procedure | Citizen | Company", sdl, StringComparison.Ordinal);
        Assert.Contains("https://specs.apollo.dev/federation/v2.3", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceSdl_Should_DeclareBuildingAndPaymentPositionAsNonResolvableStubs_When_Queried()
    {
        var sdl = await fixture.Host.QueryServiceSdlAsync();

        Assert.Contains("""type Building @key(fields: "id", resolvable: false) {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type PaymentPosition @key(fields: "iupd", resolvable: false) {""", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("@external", sdl.Replace("\"@external\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("type Money @shareable {", sdl, StringComparison.Ordinal);
    }
}
