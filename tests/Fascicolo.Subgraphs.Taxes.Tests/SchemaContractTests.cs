using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Taxes.Tests;

/// <summary>
/// The taxes subgraph's SDL contract: <c>schema/subgraphs/taxes.graphql</c> is exactly what the
/// running subgraph answers to <c>_service { sdl }</c>. When a schema change is intended, rerun
/// with <c>FASCICOLO_UPDATE_SCHEMA=1</c> to rewrite the file, then review and commit the diff.
/// </summary>
[Collection(TaxesTestGroup.Name)]
public sealed class SchemaContractTests(TaxesFixture fixture)
{
    [Fact]
    public async Task ServiceSdl_Should_EqualTheCheckedInContract_When_TheSubgraphRuns()
    {
        var difference = await SchemaContract.DifferenceAsync("taxes", await fixture.Host.QueryServiceSdlAsync());

        Assert.True(difference is null, difference);
    }

    [Fact]
    public async Task ServiceSdl_Should_ExtendCitizenAndOwnTaxAssessment_When_Queried()
    {
        var sdl = await fixture.Host.QueryServiceSdlAsync();

        Assert.Contains("""type Citizen @key(fields: "fiscalCode") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("taxPosition(", sdl, StringComparison.Ordinal);
        Assert.Contains("""type TaxAssessment @key(fields: "id") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("union _Entity = TaxAssessment | Citizen", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceSdl_Should_DeclareTheReferencedEntitiesAsNonResolvableStubs_When_Queried()
    {
        var sdl = await fixture.Host.QueryServiceSdlAsync();

        Assert.Contains("""type CadastralUnit @key(fields: "id", resolvable: false) {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type PaymentPosition @key(fields: "iupd", resolvable: false) {""", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("@external", sdl.Replace("\"@external\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
