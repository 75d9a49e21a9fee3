using System.Text.RegularExpressions;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Audit.Tests;

/// <summary>
/// The audit SDL contract: <c>schema/subgraphs/audit.graphql</c> is exactly what the running subgraph
/// answers to <c>_service { sdl }</c>. When a schema change is intended, regenerate it with
/// <c>FASCICOLO_UPDATE_SCHEMA=1 dotnet test tests/Fascicolo.Subgraphs.Audit.Tests --filter SchemaContractTests</c>,
/// then review and commit the diff.
/// </summary>
[Collection(AuditSubgraph.Name)]
public sealed class SchemaContractTests(AuditFixture fixture)
{
    [Fact]
    public async Task ServiceSdl_Should_EqualTheCheckedInContract_When_TheSubgraphRuns()
    {
        var difference = await SchemaContract.DifferenceAsync("audit", await fixture.Host.QueryServiceSdlAsync());

        Assert.True(difference is null, difference);
    }

    [Fact]
    public async Task ServiceSdl_Should_ExtendCitizenWithAPersonalAccessLog_When_Queried()
    {
        var sdl = await fixture.Host.QueryServiceSdlAsync();

        Assert.Contains("""type Citizen @key(fields: "fiscalCode") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("accessLog(", sdl, StringComparison.Ordinal);
        Assert.Contains("first: Int = 20", sdl, StringComparison.Ordinal);
        Assert.Contains("""): AccessLogConnection @personalData(category: "common")""", sdl, StringComparison.Ordinal);
        Assert.Contains("union _Entity = Citizen", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceSdl_Should_NotExposeWhoReadAsAPerson_When_Queried()
    {
        var sdl = await fixture.Host.QueryServiceSdlAsync();

        var entry = sdl[sdl.IndexOf("type AccessLogEntry {", StringComparison.Ordinal)..];
        entry = entry[..(entry.IndexOf('}', StringComparison.Ordinal) + 1)];
        var fields = Regex.Matches(entry, @"^  (\w+):", RegexOptions.Multiline).Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(["at", "role", "office", "purpose", "subgraph", "data"], fields);
    }
}
