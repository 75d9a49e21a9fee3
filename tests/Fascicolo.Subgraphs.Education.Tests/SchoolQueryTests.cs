using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Education.Tests;

/// <summary><c>Query.school</c> and <c>Query.schools</c>: lookups by code and the filtered, paged search.</summary>
[Collection(SeededEducation.Name)]
public sealed class SchoolQueryTests(EducationFixture fixture)
{
    private const string SchoolQuery = """
        query School($code: ID!) {
          school(code: $code) { code name order management institute { code name } municipalityCode municipio building { id } }
        }
        """;

    private const string SchoolsQuery = """
        query Schools($filter: SchoolFilter, $first: Int, $after: String) {
          schools(filter: $filter, first: $first, after: $after) {
            edges { cursor node { code order management municipio } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    [Fact]
    public async Task School_Should_MatchTheGeneratedSchool_When_QueryingThePupilPersonasSchool()
    {
        var enrolment = fixture.City.EnrolmentsOf(fixture.FiscalCodeOf(DemoPersonaKeys.Pupil))[^1];
        var expected = fixture.City.FindSchool(enrolment.SchoolCode)!;

        using var response = await fixture.Host.QueryAsync(SchoolQuery, new { code = expected.Code.ToLowerInvariant() });

        var school = response.Data().GetProperty("school");
        Assert.Equal(expected.Code, school.GetProperty("code").GetString());
        Assert.Equal(expected.Name, school.GetProperty("name").GetString());
        Assert.Equal("PRIMARY", school.GetProperty("order").GetString());
        Assert.Equal("STATE", school.GetProperty("management").GetString());
        Assert.Equal(expected.Institute!.Code, school.GetProperty("institute").GetProperty("code").GetString());
        Assert.Equal(8, school.GetProperty("municipio").GetInt32());
        Assert.Equal(expected.BuildingId, school.GetProperty("building").GetProperty("id").GetString());
    }

    [Fact]
    public async Task School_Should_BeNull_When_NoSchoolHasTheCode()
    {
        using var response = await fixture.Host.QueryAsync(SchoolQuery, new { code = "GEEE99999Z" });

        Assert.True(response.Data().GetProperty("school").IsNull());
    }

    [Fact]
    public async Task Schools_Should_PageThroughTheMunicipalNurseriesOfAMunicipio_When_Filtered()
    {
        var expected = fixture.City.Schools()
            .Where(s => s.Order == SchoolOrder.Nursery && s.Municipio == 8)
            .Select(s => s.Code).Order(StringComparer.Ordinal).ToList();
        var codes = new List<string>();
        string? after = null;
        do
        {
            using var response = await fixture.Host.QueryAsync(SchoolsQuery, new { filter = new { order = "NURSERY", municipio = 8 }, first = 1, after });
            var connection = response.Data().GetProperty("schools");
            codes.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("code").GetString()!));
            after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, codes);
    }

    [Fact]
    public async Task Schools_Should_ListTheStateSchoolsOfAMunicipality_When_FilteredByItsBelfioreCode()
    {
        var expected = fixture.City.Schools().Where(s => s.MunicipalityCode == "A388").Select(s => s.Code).Order(StringComparer.Ordinal).ToList();

        using var response = await fixture.Host.QueryAsync(SchoolsQuery, new { filter = new { municipalityCode = "a388", management = "STATE" }, first = 100 });

        var codes = response.Data().GetProperty("schools").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("code").GetString()!).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, codes);
    }

    [Theory]
    [InlineData("""{ "municipio": 10 }""", "municipio", "OUT_OF_RANGE")]
    [InlineData("""{ "municipio": 0 }""", "municipio", "OUT_OF_RANGE")]
    [InlineData("""{ "municipalityCode": "Genova" }""", "municipalityCode", "MALFORMED")]
    public async Task Schools_Should_FailWithInvalidFilter_When_ACriterionIsOutOfRange(string filter, string field, string reason)
    {
        using var response = await fixture.Host.QueryAsync(SchoolsQuery, new { filter = System.Text.Json.JsonDocument.Parse(filter).RootElement });

        var error = response.SingleError();
        Assert.Equal("INVALID_FILTER", error.Extension("code"));
        Assert.Equal(field, error.Extension("field"));
        Assert.Equal(reason, error.Extension("reason"));
    }

    [Fact]
    public async Task Schools_Should_FailWithACodeAndWriteNothing_When_TheOrderIsNotAnEnumValue()
    {
        var before = await fixture.DatabaseStateAsync();

        using var response = await fixture.Host.QueryAsync("""{ schools(filter: { order: KINDERGARTEN }) { edges { node { code } } } }""");

        var error = response.SingleError();
        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", error.Extension("code"));
        Assert.Contains("KINDERGARTEN", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await fixture.DatabaseStateAsync());
    }

    [Fact]
    public async Task Schools_Should_FailWithInvalidPageSize_When_FirstIsZero()
    {
        using var response = await fixture.Host.QueryAsync(SchoolsQuery, new { first = 0 });

        Assert.Equal("INVALID_PAGE_SIZE", response.SingleError().Extension("code"));
    }
}
