using System.Text.Json;
using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Testing;
using Npgsql;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary>Records receipts through the mutation, as a PSP would, and reads back what the database holds.</summary>
internal sealed class ReceiptDriver(PaymentsFixture fixture)
{
    public const string Mutation = """
        mutation Record($input: PaymentReceiptInput!) {
          recordPaymentReceipt(input: $input) {
            receipt {
              receiptId noticeNumber organizationFiscalCode debtorFiscalCode paymentAmount { cents } fee { cents }
              paymentMethod paymentDateTime pspId pspCompanyName payerFiscalCode payerFullName recordedAt
              option { nav status } position { iupd }
            }
            position { iupd status paymentDate paidAmount { cents } amountDue { cents } paymentOptions { nav status } }
          }
        }
        """;

    /// <summary>The notice number and amount of a position's option.</summary>
    public async Task<(string Nav, long Cents)> OptionAsync(string iupd, int index)
    {
        using var response = await fixture.Host.QueryAsync(
            "query($iupd: ID!) { paymentPosition(iupd: $iupd) { paymentOptions { nav amount { cents } } } }", new { iupd });
        var option = response.Data().GetProperty("paymentPosition").GetProperty("paymentOptions")[index];
        return (option.GetProperty("nav").GetString()!, option.Cents("amount"));
    }

    /// <summary>A receipt as a PSP would send it for a notice, with every optional field set.</summary>
    public static Dictionary<string, object?> Input(string receiptId, string nav, long cents) => new()
    {
        ["receiptId"] = receiptId,
        ["noticeNumber"] = nav,
        ["organizationFiscalCode"] = Creditors.ComuneDiGenova,
        ["paymentAmountCents"] = cents,
        ["feeCents"] = 100,
        ["paymentMethod"] = "CREDIT_CARD",
        ["paymentDateTime"] = "2025-12-31T15:30:00+01:00",
        ["pspId"] = "BCITITMM",
        ["pspCompanyName"] = "Intesa Sanpaolo",
        ["payerFiscalCode"] = TestLedger.Payer,
        ["payerFullName"] = "Luca Marino",
    };

    /// <summary>Sends the mutation.</summary>
    public Task<JsonDocument> RecordAsync(IReadOnlyDictionary<string, object?> input) =>
        fixture.Host.QueryAsync(Mutation, new { input });

    /// <summary>How many receipts the database holds for a notice.</summary>
    public Task<long> ReceiptCountAsync(string nav) =>
        ScalarAsync<long>("select count(*) from receipt where iuv = @iuv", ("iuv", nav[1..]));

    /// <summary>How many receipts the database holds in all.</summary>
    public Task<long> AllReceiptsAsync() => ScalarAsync<long>("select count(*) from receipt");

    /// <summary>The stored status of a notice's option.</summary>
    public Task<string> OptionStatusAsync(string nav) =>
        ScalarAsync<string>("select status from payment_option where iuv = @iuv", ("iuv", nav[1..]));

    /// <summary>The stored (recorded) status of a position.</summary>
    public Task<string> PositionStatusAsync(string iupd) =>
        ScalarAsync<string>("select status from payment_position where iupd = @iupd", ("iupd", iupd));

    /// <summary>Runs a statement directly on the subgraph's database (the tests' own connection).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.Host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(fixture.Host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }
}
