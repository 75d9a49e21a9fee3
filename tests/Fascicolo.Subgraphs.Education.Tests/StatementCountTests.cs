using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Education.Tests;

/// <summary>No N+1: however many citizens <c>_entities</c> resolves, each field that reads the database runs once.</summary>
[Collection(SeededEducation.Name)]
public sealed class StatementCountTests(EducationFixture fixture)
{
    // The citizens' enrolments, bills and vouchers; the enrolments' schools, diets and vouchers; the
    // canteens' attendance and bills; the bills' enrolments.
    private const int StatementsPerRequest = 9;

    [Fact]
    public async Task Entities_Should_RunTheSameNumberOfStatements_When_ResolvingFiveOrAHundredCitizens()
    {
        // Pupils first (they reach every nested loader), then their parents, who are billed.
        var pupils = fixture.City.Enrolments().Select(e => e.PupilFiscalCode).Distinct().ToList();
        var payers = fixture.City.CanteenBills().Select(b => b.PayerFiscalCode).Distinct();
        var citizens = pupils.Concat(payers).Distinct().Take(100).Select(Queries.Citizen).ToList();
        Assert.Equal(100, citizens.Count);
        // Warm up: the first commands of a data source load PostgreSQL's types.
        await CountStatementsAsync(citizens.Take(3));

        var five = await CountStatementsAsync(citizens.Take(5));
        var hundred = await CountStatementsAsync(citizens);

        var report = $"5 citizens:\n{string.Join("\n---\n", five)}\n\n100 citizens:\n{string.Join("\n---\n", hundred)}";
        Assert.True(five.Count == hundred.Count, $"The statement count grew with the representations ({five.Count} vs {hundred.Count}).\n{report}");
        Assert.True(hundred.Count == StatementsPerRequest, $"Expected one statement per field ({StatementsPerRequest}), got {hundred.Count}.\n{report}");
        Assert.All(hundred, sql => Assert.Contains("= any(@keys)", sql, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<IReadOnlyList<string>> CountStatementsAsync(IEnumerable<Dictionary<string, object>> representations)
    {
        var list = representations.ToList();
        using var counter = new SqlStatementCounter(fixture.Host.Database.Name);

        using var response = await fixture.Host.QueryAsync(Queries.CitizenEntities, new { representations = list });

        var entities = response.Data().GetProperty("_entities");
        Assert.Equal(list.Count, entities.GetArrayLength());
        return counter.Statements;
    }
}
