using Fascicolo.Domain.SyntheticCity.Taxes;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Taxes.Tests;

/// <summary>No N+1: a hundred citizens' full positions through <c>_entities</c> take as many statements as five.</summary>
[Collection(TaxesTestGroup.Name)]
public sealed class StatementCountTests(TaxesFixture fixture)
{
    [Fact]
    public async Task Entities_Should_RunTheSameStatements_When_ResolvingFiveOrAHundredCitizensPositions()
    {
        // Taxpayers first, with an assessment among them, so that every loader has rows to read.
        var codes = fixture.City.TaxAssessments().Select(a => a.FiscalCode)
            .Concat(fixture.City.Residents.Select(r => r.FiscalCode))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var year = fixture.ReferenceYear - 2;
        await CountAsync(codes.Take(2), year);

        var five = await CountAsync(codes.Take(5), year);
        var hundred = await CountAsync(codes.Take(100), year);

        var report = $"5 citizens:\n{string.Join("\n---\n", five)}\n\n100 citizens:\n{string.Join("\n---\n", hundred)}";
        Assert.True(five.Count == hundred.Count, $"The statement count grew with the representations ({five.Count} vs {hundred.Count}).\n{report}");
        // The rates table, holdings, TARI accounts, payments, assessments, refunds, assessment instalments.
        Assert.True(hundred.Count == 7, $"Expected one statement per loader (7), got {hundred.Count}.\n{report}");
    }

    private async Task<IReadOnlyList<string>> CountAsync(IEnumerable<string> fiscalCodes, int year)
    {
        var representations = fiscalCodes.Select(TaxPositionQuery.Citizen).ToList();
        using var counter = new SqlStatementCounter(fixture.Host.Database.Name);

        using var response = await fixture.Host.QueryAsync(TaxPositionQuery.Full, new { representations, year });

        Assert.Equal(representations.Count, response.Data().GetProperty("_entities").GetArrayLength());
        return counter.Statements;
    }
}
