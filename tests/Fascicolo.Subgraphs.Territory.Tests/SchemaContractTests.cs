using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Territory.Tests;

/// <summary>
/// The territory's SDL contract: <c>schema/subgraphs/territory.graphql</c> is exactly what the running
/// subgraph answers to <c>_service { sdl }</c>. When a schema change is intended, regenerate the file
/// by running this test with <c>FASCICOLO_UPDATE_SCHEMA=1</c>
/// (<c>FASCICOLO_UPDATE_SCHEMA=1 dotnet test tests/Fascicolo.Subgraphs.Territory.Tests --filter SchemaContractTests</c>),
/// then review and commit the diff.
/// </summary>
public sealed class SchemaContractTests(TerritoryFixture fixture) : IClassFixture<TerritoryFixture>
{
    [Fact]
    public async Task ServiceSdl_Should_EqualTheCheckedInContract_When_TheSubgraphRuns()
    {
        var difference = await SchemaContract.DifferenceAsync("territory", await fixture.Host.QueryServiceSdlAsync());

        Assert.True(difference is null, difference);
    }

    [Fact]
    public async Task ServiceSdl_Should_KeyTheOwnedEntitiesAndExtendCitizen_When_Queried()
    {
        var sdl = await fixture.Host.QueryServiceSdlAsync();

        Assert.Contains("""type Building @key(fields: "id") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type CadastralUnit @key(fields: "id") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Condominium @key(fields: "id") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Citizen @key(fields: "fiscalCode") {""", sdl, StringComparison.Ordinal);
        Assert.Matches(@"properties: \[CadastralUnit!\](?!!)", sdl);
        Assert.Contains("union _Entity = ", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("@external", sdl.Replace("\"@external\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
