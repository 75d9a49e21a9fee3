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
    private const string UpdateVariable = "FASCICOLO_UPDATE_SCHEMA";

    private static readonly string ContractPath = Path.Combine(RepositoryRoot.Find(), "schema", "subgraphs", "permits.graphql");

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
            $"The permits SDL differs from {ContractPath}. If the change is intended, rerun this test with " +
            $"{UpdateVariable}=1 to rewrite the file, then review and commit it.\n--- running subgraph ---\n{sdl}");
    }

    [Fact]
    public async Task ServiceSdl_Should_OwnProcedureAndCompanyAndExtendCitizen_When_Queried()
    {
        var sdl = await QuerySdlAsync();

        Assert.Contains("""type Procedure @key(fields: "id") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Company @key(fields: "fiscalCode") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Citizen @key(fields: "fiscalCode") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("union _Entity = Procedure | Citizen | Company", sdl, StringComparison.Ordinal);
        Assert.Contains("https://specs.apollo.dev/federation/v2.3", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceSdl_Should_DeclareBuildingAndPaymentPositionAsNonResolvableStubs_When_Queried()
    {
        var sdl = await QuerySdlAsync();

        Assert.Contains("""type Building @key(fields: "id", resolvable: false) {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type PaymentPosition @key(fields: "iupd", resolvable: false) {""", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("@external", sdl.Replace("\"@external\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("type Money @shareable {", sdl, StringComparison.Ordinal);
    }

    private async Task<string> QuerySdlAsync()
    {
        using var response = await fixture.Host.QueryAsync("{ _service { sdl } }");
        return response.Data().GetProperty("_service").GetProperty("sdl").GetString()!;
    }

    private static string Normalise(string sdl) => sdl.ReplaceLineEndings("\n").TrimEnd() + "\n";
}
