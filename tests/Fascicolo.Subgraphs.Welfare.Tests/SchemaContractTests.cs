using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Welfare.Tests;

/// <summary>
/// The welfare SDL contract: <c>schema/subgraphs/welfare.graphql</c> is exactly what the running
/// subgraph answers to <c>_service { sdl }</c>. When a schema change is intended, regenerate the
/// file with <c>FASCICOLO_UPDATE_SCHEMA=1 dotnet test tests/Fascicolo.Subgraphs.Welfare.Tests --filter SchemaContractTests</c>,
/// then review and commit the diff.
/// </summary>
[Collection(SeededWelfare.Name)]
public sealed class SchemaContractTests(WelfareFixture fixture)
{
    private const string UpdateVariable = "FASCICOLO_UPDATE_SCHEMA";

    private static readonly string ContractPath = Path.Combine(RepositoryRoot.Find(), "schema", "subgraphs", "welfare.graphql");

    [Fact]
    public async Task ServiceSdl_Should_EqualTheCheckedInContract_When_TheSubgraphRuns()
    {
        var sdl = Normalise(await WelfareSdl.QueryAsync(fixture.Host));

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(ContractPath, sdl);
        }

        var contract = File.Exists(ContractPath) ? Normalise(await File.ReadAllTextAsync(ContractPath)) : string.Empty;
        Assert.True(
            contract == sdl,
            $"The welfare SDL differs from {ContractPath}. If the change is intended, rerun this test with " +
            $"{UpdateVariable}=1 to rewrite the file, then review and commit it.\n--- running subgraph ---\n{sdl}");
    }

    [Fact]
    public async Task ServiceSdl_Should_OwnSocialCaseAndExtendCitizenAndHousehold_When_Queried()
    {
        var sdl = await WelfareSdl.QueryAsync(fixture.Host);

        Assert.Contains("""type SocialCase @key(fields: "id") @personalData(category: "sensitive") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Citizen @key(fields: "fiscalCode") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Household @key(fields: "id") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("union _Entity = SocialCase | Citizen | Household", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("@external", sdl.Replace("\"@external\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceSdl_Should_LinkThePrivacySpecAndComposeTheDirective_When_Queried()
    {
        var sdl = await WelfareSdl.QueryAsync(fixture.Host);

        Assert.Contains("""@link(url: "https://fascicolo.dev/privacy/v1.0", import: ["@personalData"])""", sdl, StringComparison.Ordinal);
        Assert.Contains("""@composeDirective(name: "@personalData")""", sdl, StringComparison.Ordinal);
        Assert.Contains("\"@composeDirective\"]", sdl, StringComparison.Ordinal);
        // Composers need the definition of a composed directive in the subgraph SDL.
        Assert.Contains("directive @personalData(", sdl, StringComparison.Ordinal);
        Assert.Contains("category: String!) on FIELD_DEFINITION | OBJECT", sdl, StringComparison.Ordinal);
    }

    private static string Normalise(string sdl) => sdl.ReplaceLineEndings("\n").TrimEnd() + "\n";
}
