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
    private const string UpdateVariable = "FASCICOLO_UPDATE_SCHEMA";

    private static readonly string ContractPath = Path.Combine(RepositoryRoot.Find(), "schema", "subgraphs", "mobility.graphql");

    [Fact]
    public async Task ServiceSdl_Should_EqualTheCheckedInContract_When_TheSubgraphRuns()
    {
        var sdl = Normalise(await fixture.QuerySdlAsync());

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(ContractPath, sdl);
        }

        var contract = File.Exists(ContractPath) ? Normalise(await File.ReadAllTextAsync(ContractPath)) : string.Empty;
        Assert.True(
            contract == sdl,
            $"The mobility SDL differs from {ContractPath}. If the change is intended, rerun this test with " +
            $"{UpdateVariable}=1 to rewrite the file, then review and commit it.\n--- running subgraph ---\n{sdl}");
    }

    [Fact]
    public async Task ServiceSdl_Should_KeyVehicleByPlateAndExtendCitizen_When_Queried()
    {
        var sdl = await fixture.QuerySdlAsync();

        Assert.Contains("""type Vehicle @key(fields: "plate") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Citizen @key(fields: "fiscalCode") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("union _Entity = Vehicle | Citizen", sdl, StringComparison.Ordinal);
        Assert.Contains("https://specs.apollo.dev/federation/v2.3", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceSdl_Should_DeclarePaymentPositionAsANonResolvableStub_When_Queried()
    {
        var sdl = await fixture.QuerySdlAsync();

        Assert.Contains("""type PaymentPosition @key(fields: "iupd", resolvable: false) {""", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("@external", sdl.Replace("\"@external\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("type Money @shareable {", sdl, StringComparison.Ordinal);
    }

    private static string Normalise(string sdl) => sdl.ReplaceLineEndings("\n").TrimEnd() + "\n";
}
