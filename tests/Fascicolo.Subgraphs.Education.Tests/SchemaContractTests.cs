using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Education.Tests;

/// <summary>
/// The education subgraph's SDL contract: <c>schema/subgraphs/education.graphql</c> is exactly what
/// the running subgraph answers to <c>_service { sdl }</c>. When a schema change is intended, rewrite
/// the file by running this test with <c>FASCICOLO_UPDATE_SCHEMA=1</c>
/// (<c>FASCICOLO_UPDATE_SCHEMA=1 dotnet test tests/Fascicolo.Subgraphs.Education.Tests --filter SchemaContractTests</c>),
/// then review and commit the diff.
/// </summary>
[Collection(SeededEducation.Name)]
public sealed class SchemaContractTests(EducationFixture fixture)
{
    [Fact]
    public async Task ServiceSdl_Should_EqualTheCheckedInContract_When_TheSubgraphRuns()
    {
        var difference = await SchemaContract.DifferenceAsync("education", await fixture.Host.QueryServiceSdlAsync());

        Assert.True(difference is null, difference);
    }

    [Fact]
    public async Task ServiceSdl_Should_OwnSchoolAndEnrolmentAndExtendCitizen_When_Queried()
    {
        var sdl = await fixture.Host.QueryServiceSdlAsync();

        Assert.Contains("""type School @key(fields: "code") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Enrolment @key(fields: "id") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Citizen @key(fields: "fiscalCode") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("union _Entity = School | Enrolment | Citizen", sdl, StringComparison.Ordinal);
        Assert.Contains("https://specs.apollo.dev/federation/v2.3", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceSdl_Should_ReferenceBuildingAndPaymentPositionAsNonResolvableStubs_When_Queried()
    {
        var sdl = await fixture.Host.QueryServiceSdlAsync();

        Assert.Contains("""type Building @key(fields: "id", resolvable: false) {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type PaymentPosition @key(fields: "iupd", resolvable: false) {""", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("@external", sdl.Replace("\"@external\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
