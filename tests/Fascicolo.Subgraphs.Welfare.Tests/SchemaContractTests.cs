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
    [Fact]
    public async Task ServiceSdl_Should_EqualTheCheckedInContract_When_TheSubgraphRuns()
    {
        var difference = await SchemaContract.DifferenceAsync("welfare", await fixture.Host.QueryServiceSdlAsync());

        Assert.True(difference is null, difference);
    }

    [Fact]
    public async Task ServiceSdl_Should_OwnSocialCaseAndExtendCitizenAndHousehold_When_Queried()
    {
        var sdl = await fixture.Host.QueryServiceSdlAsync();

        Assert.Contains("""type SocialCase @key(fields: "id") @personalData(category: "sensitive") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Citizen @key(fields: "fiscalCode") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Household @key(fields: "id") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("union _Entity = SocialCase | Citizen | Household", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("@external", sdl.Replace("\"@external\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceSdl_Should_LinkThePrivacySpecAndComposeTheDirective_When_Queried()
    {
        var sdl = await fixture.Host.QueryServiceSdlAsync();

        Assert.Contains("""@link(url: "https://fascicolo.dev/privacy/v1.0", import: ["@personalData"])""", sdl, StringComparison.Ordinal);
        Assert.Contains("""@composeDirective(name: "@personalData")""", sdl, StringComparison.Ordinal);
        Assert.Contains("\"@composeDirective\"]", sdl, StringComparison.Ordinal);
        // Composers need the definition of a composed directive in the subgraph SDL.
        Assert.Contains("directive @personalData(", sdl, StringComparison.Ordinal);
        Assert.Contains("category: String!) on FIELD_DEFINITION | OBJECT", sdl, StringComparison.Ordinal);
    }
}
