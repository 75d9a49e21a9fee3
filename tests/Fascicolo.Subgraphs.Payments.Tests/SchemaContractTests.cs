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
    private const string UpdateVariable = "FASCICOLO_UPDATE_SCHEMA";

    private static readonly string ContractPath = Path.Combine(RepositoryRoot.Find(), "schema", "subgraphs", "payments.graphql");

    [Fact]
    public async Task ServiceSdl_Should_EqualTheCheckedInContract_When_TheSubgraphRuns()
    {
        var sdl = Normalise(await Sdl.QueryAsync(fixture.Host));

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(ContractPath, sdl);
        }

        var contract = File.Exists(ContractPath) ? Normalise(await File.ReadAllTextAsync(ContractPath)) : string.Empty;
        Assert.True(
            contract == sdl,
            $"The payments SDL differs from {ContractPath}. If the change is intended, rerun this test with " +
            $"{UpdateVariable}=1 to rewrite the file, then review and commit it.\n--- running subgraph ---\n{sdl}");
    }

    [Fact]
    public async Task ServiceSdl_Should_OwnPaymentPositionAndExtendCitizen_When_Queried()
    {
        var sdl = await Sdl.QueryAsync(fixture.Host);

        Assert.Contains("""type PaymentPosition @key(fields: "iupd") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("iupd: ID!", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Citizen @key(fields: "fiscalCode") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("debtPosition: DebtorPosition!", sdl, StringComparison.Ordinal);
        Assert.Matches(@"union _Entity = (Citizen \| PaymentPosition|PaymentPosition \| Citizen)\n", sdl);
        Assert.Contains("type Money @shareable {", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("@external", sdl.Replace("\"@external\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static string Normalise(string sdl) => sdl.ReplaceLineEndings("\n").TrimEnd() + "\n";
}
