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
    private const string UpdateVariable = "FASCICOLO_UPDATE_SCHEMA";

    private static readonly string ContractPath = Path.Combine(RepositoryRoot.Find(), "schema", "subgraphs", "taxes.graphql");

    [Fact]
    public async Task ServiceSdl_Should_EqualTheCheckedInContract_When_TheSubgraphRuns()
    {
        var sdl = Normalise(await QuerySdlAsync());

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(ContractPath, sdl);
        }

        var contract = File.Exists(ContractPath) ? Normalise(await File.ReadAllTextAsync(ContractPath)) : string.Empty;
        Assert.True(
            contract == sdl,
            $"The taxes SDL differs from {ContractPath}. If the change is intended, rerun this test with " +
            $"{UpdateVariable}=1 to rewrite the file, then review and commit it.\n--- running subgraph ---\n{sdl}");
    }

    [Fact]
    public async Task ServiceSdl_Should_ExtendCitizenAndOwnTaxAssessment_When_Queried()
    {
        var sdl = await QuerySdlAsync();

        Assert.Contains("""type Citizen @key(fields: "fiscalCode") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("taxPosition(", sdl, StringComparison.Ordinal);
        Assert.Contains("""type TaxAssessment @key(fields: "id") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("union _Entity = TaxAssessment | Citizen", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceSdl_Should_DeclareTheReferencedEntitiesAsNonResolvableStubs_When_Queried()
    {
        var sdl = await QuerySdlAsync();

        Assert.Contains("""type CadastralUnit @key(fields: "id", resolvable: false) {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type PaymentPosition @key(fields: "iupd", resolvable: false) {""", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("@external", sdl.Replace("\"@external\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private async Task<string> QuerySdlAsync()
    {
        using var response = await fixture.Host.QueryAsync("{ _service { sdl } }");
        return response.Data().GetProperty("_service").GetProperty("sdl").GetString()!;
    }

    private static string Normalise(string sdl) => sdl.ReplaceLineEndings("\n").TrimEnd() + "\n";
}
