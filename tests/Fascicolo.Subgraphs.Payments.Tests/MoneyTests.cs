using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary>Amounts: exact cents, and euro as Italians write them, through the kit's <c>Money</c>.</summary>
[Collection(SharedPaymentsSubgraph.Name)]
public sealed class MoneyTests(PaymentsFixture fixture)
{
    [Fact]
    public async Task Amounts_Should_BeExactCents_When_Read()
    {
        using var response = await fixture.Host.QueryAsync(
            "query($cf: String!) { debtorPosition(fiscalCode: $cf) { totalOpen { cents } totalPaid { cents } } }", new { cf = TestLedger.Debtor });

        var debts = response.Data().GetProperty("debtorPosition");
        Assert.Equal(87_810, debts.Cents("totalOpen"));
        Assert.Equal(56_895, debts.Cents("totalPaid"));
    }

    [Fact]
    public async Task Amounts_Should_BeFormattedAsItaliansWriteEuro_When_Read()
    {
        using var response = await fixture.Host.QueryAsync(
            "query($cf: String!) { debtorPosition(fiscalCode: $cf) { totalOpen { formatted } totalPaid { formatted } } }", new { cf = TestLedger.Debtor });

        var debts = response.Data().GetProperty("debtorPosition");
        Assert.Equal("€ 878,10", debts.GetProperty("totalOpen").GetProperty("formatted").GetString());
        Assert.Equal("€ 568,95", debts.GetProperty("totalPaid").GetProperty("formatted").GetString());
    }
}
