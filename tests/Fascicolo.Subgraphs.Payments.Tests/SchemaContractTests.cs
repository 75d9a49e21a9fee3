using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary>
/// The payments SDL contract: <c>schema/subgraphs/payments.graphql</c> is exactly what the running
/// subgraph answers to <c>_service { sdl }</c>. When a schema change is intended, regenerate the file
/// with <c>FASCICOLO_UPDATE_SCHEMA=1 dotnet test tests/Fascicolo.Subgraphs.Payments.Tests --filter SchemaContractTests</c>,
/// then review and commit the diff.
/// </summary>
[Collection(SharedPaymentsSubgraph.Name)]
public sealed class SchemaContractTests(PaymentsFixture fixture)
{
    [Fact]
    public async Task ServiceSdl_Should_EqualTheCheckedInContract_When_TheSubgraphRuns()
    {
        var difference = await SchemaContract.DifferenceAsync("payments", await fixture.Host.QueryServiceSdlAsync());

        Assert.True(difference is null, difference);
    }

    [Fact]
    public async Task ServiceSdl_Should_OwnPaymentPositionAndExtendCitizen_When_Queried()
    {
        var sdl = await fixture.Host.QueryServiceSdlAsync();

        Assert.Contains("""type PaymentPosition @key(fields: "iupd") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("iupd: ID!", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Citizen @key(fields: "fiscalCode") {""", sdl, StringComparison.Ordinal);
        Assert.Matches("debtPosition: DebtorPosition(?!!)", sdl);
        Assert.Matches(@"union _Entity = (Citizen \| PaymentPosition|PaymentPosition \| Citizen)\n", sdl);
        Assert.Contains("type Money @shareable {", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("@external", sdl.Replace("\"@external\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
