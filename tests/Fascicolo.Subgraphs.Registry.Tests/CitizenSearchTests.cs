using System.Text.Json;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Registry.Tests;

/// <summary><c>Query.citizens</c>: the operator search, its filters and its keyset paging.</summary>
public sealed class CitizenSearchTests(RegistryFixture fixture) : IClassFixture<RegistryFixture>
{
    private const string SearchQuery = """
        query Search($filter: CitizenFilter, $first: Int, $after: String) {
          citizens(filter: $filter, first: $first, after: $after) {
            edges { cursor node { fiscalCode } }
            pageInfo { hasNextPage hasPreviousPage endCursor }
          }
        }
        """;

    [Theory]
    [InlineData(7)]
    [InlineData(100)]
    public async Task Citizens_Should_ReturnEveryCitizenExactlyOnce_When_PagingThroughAllPages(int pageSize)
    {
        var expected = fixture.City.Residents.Select(r => r.FiscalCode).Order(StringComparer.Ordinal).ToList();

        var pages = await FetchAllPagesAsync(filter: null, pageSize);

        Assert.Equal(expected, pages.SelectMany(p => p).ToList());
        Assert.All(pages.SkipLast(1), page => Assert.Equal(pageSize, page.Count));
        Assert.Equal((expected.Count + pageSize - 1) / pageSize, pages.Count);
    }

    [Fact]
    public async Task Citizens_Should_ReturnEachMatchingCitizenOnce_When_PagingThroughAFilteredSearch()
    {
        var expected = Expected(r => r.Surname.StartsWith('P') || r.Surname.StartsWith('p'));

        var pages = await FetchAllPagesAsync(new { surnamePrefix = "p" }, pageSize: 4);

        Assert.True(expected.Count > 8, "The city should have a few surnames starting with P.");
        Assert.Equal(expected, pages.SelectMany(p => p).ToList());
    }

    [Fact]
    public async Task Citizens_Should_MatchTheSurnamePrefixIgnoringCase_When_FilteringBySurname()
    {
        var surname = fixture.City.Residents.GroupBy(r => r.Surname).OrderByDescending(g => g.Count()).First().Key;
        var prefix = surname[..3].ToLowerInvariant();

        var found = await SearchAllAsync(new { surnamePrefix = prefix });

        Assert.Equal(Expected(r => r.Surname.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)), found);
    }

    [Fact]
    public async Task Citizens_Should_MatchTheWholeGivenName_When_FilteringByGivenName()
    {
        var givenName = fixture.City.Residents.GroupBy(r => r.GivenName).OrderByDescending(g => g.Count()).First().Key;

        var found = await SearchAllAsync(new { givenName = givenName.ToUpperInvariant() });

        Assert.Equal(Expected(r => string.Equals(r.GivenName, givenName, StringComparison.OrdinalIgnoreCase)), found);
    }

    [Fact]
    public async Task Citizens_Should_ReturnThoseBornThatYear_When_FilteringByBirthYear()
    {
        var year = fixture.City.Residents.GroupBy(r => r.BirthDate.Year).OrderByDescending(g => g.Count()).First().Key;

        var found = await SearchAllAsync(new { birthYear = year });

        Assert.Equal(Expected(r => r.BirthDate.Year == year), found);
    }

    [Fact]
    public async Task Citizens_Should_ReturnTheResidentsOfAMunicipality_When_FilteringByBelfioreCode()
    {
        foreach (var municipality in fixture.City.Municipalities.Select(m => m.BelfioreCode))
        {
            var found = await SearchAllAsync(new { municipality = municipality.ToLowerInvariant() });

            Assert.Equal(Expected(r => fixture.PlaceOf(r).Municipality == municipality), found);
        }
    }

    [Fact]
    public async Task Citizens_Should_ReturnTheResidentsOfAMunicipio_When_FilteringByMunicipioAndMunicipality()
    {
        var parent = fixture.City.FindResident(fixture.City.GetPersona(DemoPersonaKeys.Parent).FiscalCode)!;
        var (municipality, municipio) = fixture.PlaceOf(parent);

        var found = await SearchAllAsync(new { municipality, municipio });

        var expected = Expected(r => fixture.PlaceOf(r) == (municipality, municipio));
        Assert.Contains(parent.FiscalCode, found);
        Assert.Equal(expected, found);
    }

    [Fact]
    public async Task Citizens_Should_CombineTheCriteria_When_SeveralAreGiven()
    {
        var parent = fixture.City.FindResident(fixture.City.GetPersona(DemoPersonaKeys.Parent).FiscalCode)!;

        var found = await SearchAllAsync(new { surnamePrefix = parent.Surname[..2], birthYear = parent.BirthDate.Year, municipality = "D969" });

        Assert.Equal(
            Expected(r => r.Surname.StartsWith(parent.Surname[..2], StringComparison.OrdinalIgnoreCase)
                && r.BirthDate.Year == parent.BirthDate.Year
                && fixture.PlaceOf(r).Municipality == "D969"),
            found);
        Assert.Contains(parent.FiscalCode, found);
    }

    [Fact]
    public async Task Citizens_Should_ReturnAnEmptyPage_When_NobodyMatches()
    {
        using var response = await fixture.Host.QueryAsync(SearchQuery, new { filter = new { surnamePrefix = "Zzyzx" } });

        var citizens = response.Data().GetProperty("citizens");
        Assert.Equal(0, citizens.GetProperty("edges").GetArrayLength());
        Assert.False(citizens.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(citizens.GetProperty("pageInfo").GetProperty("endCursor").IsNull());
    }

    [Theory]
    [InlineData("""{ "surnamePrefix": "" }""", "surnamePrefix", "EMPTY")]
    [InlineData("""{ "surnamePrefix": "  " }""", "surnamePrefix", "EMPTY")]
    [InlineData("""{ "surnamePrefix": "P%" }""", "surnamePrefix", "INVALID_CHARACTERS")]
    [InlineData("""{ "surnamePrefix": "_" }""", "surnamePrefix", "INVALID_CHARACTERS")]
    [InlineData("""{ "givenName": "Giulia1" }""", "givenName", "INVALID_CHARACTERS")]
    [InlineData("""{ "givenName": "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" }""", "givenName", "TOO_LONG")]
    [InlineData("""{ "birthYear": 1700 }""", "birthYear", "OUT_OF_RANGE")]
    [InlineData("""{ "birthYear": 2999 }""", "birthYear", "OUT_OF_RANGE")]
    [InlineData("""{ "municipality": "Genova" }""", "municipality", "MALFORMED")]
    [InlineData("""{ "municipio": 0 }""", "municipio", "OUT_OF_RANGE")]
    [InlineData("""{ "municipio": 10 }""", "municipio", "OUT_OF_RANGE")]
    public async Task Citizens_Should_FailWithInvalidFilter_When_ACriterionIsInvalid(string filter, string field, string reason)
    {
        using var response = await fixture.Host.QueryAsync(SearchQuery, new { filter = JsonDocument.Parse(filter).RootElement });

        var error = response.SingleError();
        Assert.Equal("INVALID_FILTER", error.Extension("code"));
        Assert.Equal(field, error.Extension("field"));
        Assert.Equal(reason, error.Extension("reason"));
        Assert.True(response.RootElement.GetProperty("data").IsNull());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    public async Task Citizens_Should_FailWithInvalidPageSize_When_FirstIsOutOfRange(int first)
    {
        using var response = await fixture.Host.QueryAsync(SearchQuery, new { first });

        Assert.Equal("INVALID_PAGE_SIZE", response.SingleError().Extension("code"));
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("azE6MTIz")]
    public async Task Citizens_Should_FailWithInvalidCursor_When_AfterIsNotACursorOfThisField(string after)
    {
        using var response = await fixture.Host.QueryAsync(SearchQuery, new { after });

        Assert.Equal("INVALID_CURSOR", response.SingleError().Extension("code"));
    }

    private List<string> Expected(Func<Resident, bool> predicate) =>
        fixture.City.Residents.Where(predicate).Select(r => r.FiscalCode).Order(StringComparer.Ordinal).ToList();

    private async Task<List<string>> SearchAllAsync(object filter) =>
        (await FetchAllPagesAsync(filter, pageSize: 100)).SelectMany(p => p).ToList();

    private async Task<List<List<string>>> FetchAllPagesAsync(object? filter, int pageSize)
    {
        var pages = new List<List<string>>();
        string? after = null;
        // Bounded: a paging bug must fail the test, not loop forever.
        for (var page = 0; page <= RegistryFixture.Residents; page++)
        {
            using var response = await fixture.Host.QueryAsync(SearchQuery, new { filter, first = pageSize, after });
            var citizens = response.Data().GetProperty("citizens");
            var pageInfo = citizens.GetProperty("pageInfo");
            Assert.Equal(after is not null, pageInfo.GetProperty("hasPreviousPage").GetBoolean());
            var codes = citizens.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("fiscalCode").GetString()!).ToList();
            pages.Add(codes);
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean())
            {
                return pages;
            }
            after = pageInfo.GetProperty("endCursor").GetString();
        }
        throw new InvalidOperationException("The search never reported its last page.");
    }
}
