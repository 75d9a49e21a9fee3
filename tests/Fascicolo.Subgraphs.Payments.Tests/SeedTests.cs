using Fascicolo.Domain.Payments.Notices;
using Fascicolo.Domain.Payments.Transfers;
using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Subgraphs.Payments.Seed;
using Fascicolo.Testing;
using Npgsql;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary>The seeded slice against the ledger it came from, whatever the facets put in it.</summary>
[Collection(SharedPaymentsSubgraph.Name)]
public sealed class SeedTests(PaymentsFixture fixture)
{
    [Fact]
    public async Task Seed_Should_WriteOnePositionPerPaymentDueWithItsOptionsInOrder_When_SeedingTheLedger()
    {
        var stored = await QueryAsync(
            "select o.iupd, o.ordinal, o.amount_cents, o.due_date, o.is_partial_payment from payment_option o order by o.iupd, o.ordinal",
            r => (Iupd: r.GetString(0), Ordinal: (int)r.GetInt16(1), Cents: r.GetInt64(2), Due: r.GetFieldValue<DateOnly>(3), Partial: r.GetBoolean(4)));
        var positions = await QueryAsync("select count(*) from payment_position", r => r.GetInt64(0));

        Assert.Equal(fixture.Ledger.Count, positions.Single());
        var expected = fixture.Ledger
            .SelectMany(p => p.Options.Select((o, i) => (p.Iupd, Ordinal: i + 1, Cents: o.AmountCents, Due: o.DueDate, Partial: o.IsPartialPayment)))
            .OrderBy(o => o.Iupd, StringComparer.Ordinal).ThenBy(o => o.Ordinal)
            .ToList();
        Assert.Equal(expected, stored);
    }

    [Fact]
    public async Task Seed_Should_GiveEveryPaidOptionOneReceiptOfItsAmount_When_SeedingTheLedger()
    {
        // Receipts the mutation tests recorded (ids 'rcpt-…') are left out: only the seeded ones are compared.
        var receipts = await QueryAsync(
            "select r.iupd, r.amount_cents, r.payment_date_time from receipt r where r.receipt_id !~ '^rcpt-' order by r.iupd, r.iuv",
            r => (Iupd: r.GetString(0), Cents: r.GetInt64(1), PaidAt: r.GetDateTime(2)));

        var paid = fixture.Ledger.SelectMany(p => p.Options.Where(o => o.PaidOn is not null).Select(o => (p.Iupd, o.AmountCents, PaidOn: o.PaidOn!.Value)))
            .OrderBy(o => o.Iupd, StringComparer.Ordinal).ToList();
        Assert.Equal(paid.Count, receipts.Count);
        Assert.Equal(paid.Select(p => (p.Iupd, p.AmountCents)), receipts.Select(r => (r.Iupd, r.Cents)));
    }

    [Fact]
    public async Task Seed_Should_IssueValidNoticeNumbersIbansAndBalancedTransfers_When_SeedingTheLedger()
    {
        var iuvs = await QueryAsync("select iuv from payment_option", r => r.GetString(0));
        var ibans = await QueryAsync("select distinct iban from payment_transfer", r => r.GetString(0));
        var unbalanced = await QueryAsync(
            "select count(*) from payment_option o where o.amount_cents <> (select sum(t.amount_cents) from payment_transfer t where t.iuv = o.iuv)",
            r => r.GetInt64(0));

        Assert.All(iuvs, iuv => Assert.True(NoticeNumber.TryParse(NoticeNumber.Aux + iuv, out _, out var error), $"{iuv}: {error}"));
        Assert.All(ibans, iban => Assert.True(Iban.IsValid(iban), iban));
        Assert.Equal(0, unbalanced.Single());
    }

    [Fact]
    public void LedgerRows_Should_IssueTheSameIuvsAndReceipts_When_BuiltTwiceFromTheSameLedger()
    {
        var first = LedgerRows.From(fixture.City, fixture.Ledger);
        var second = LedgerRows.From(fixture.City, fixture.Ledger);

        Assert.Equal(first.Options.Select(o => o.Iuv), second.Options.Select(o => o.Iuv));
        Assert.Equal(first.Receipts, second.Receipts);
        Assert.Equal(first.Options.Count, first.Options.Select(o => o.Iuv).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Seed_Should_NameDebtorsAfterTheCityOrFallBackToTheirCode_When_SeedingTheLedger()
    {
        var names = await QueryAsync("select debtor_fiscal_code, debtor_full_name from payment_position", r => (Code: r.GetString(0), Name: r.GetString(1)));

        var companies = fixture.City.Companies().ToDictionary(c => c.FiscalCode, c => c.Name, StringComparer.Ordinal);
        Assert.All(names, n => Assert.Equal(
            (n.Code.Length == 11 ? companies.GetValueOrDefault(n.Code) : fixture.City.FindResident(n.Code)?.FullName) ?? n.Code,
            n.Name));
    }

    [Fact]
    public async Task FirstPaidPaymentDue_Should_ShowItsReceipts_When_QueriedThroughTheApi()
    {
        var due = fixture.Ledger.First(p => p.Options.Any(o => o.PaidOn is not null));

        using var response = await fixture.Host.QueryAsync(
            "query($iupd: ID!) { paymentPosition(iupd: $iupd) { receipts { paymentAmount { cents } } paidAmount { cents } } }", new { iupd = due.Iupd });

        var position = response.Data().GetProperty("paymentPosition");
        var paid = due.Options.Where(o => o.PaidOn is not null).Select(o => o.AmountCents).ToList();
        Assert.Equal(paid.Order(), position.GetProperty("receipts").EnumerateArray().Select(r => r.Cents("paymentAmount")).Order());
        Assert.Equal(paid.Sum(), position.Cents("paidAmount"));
    }

    private async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(fixture.Host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
