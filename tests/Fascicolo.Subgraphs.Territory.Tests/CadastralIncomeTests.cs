using Fascicolo.Domain.SyntheticCity.Properties;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Territory.Tests;

/// <summary><c>CadastralUnit.cadastralIncome</c>: the kit's <c>Money</c>, exact cents.</summary>
public sealed class CadastralIncomeTests(TerritoryFixture fixture) : IClassFixture<TerritoryFixture>
{
    private const string Query = "query($id: ID!) { cadastralUnit(id: $id) { cadastralIncome { cents formatted } } }";

    [Fact]
    public async Task CadastralIncome_Should_BeTheUnitsRenditaInCents_When_Queried()
    {
        var unit = fixture.City.CadastralUnits()[0];

        using var response = await fixture.Host.QueryAsync("query($id: ID!) { cadastralUnit(id: $id) { cadastralIncome { cents } } }", new { id = unit.Id });

        Assert.Equal(unit.CadastralIncomeCents, response.Data().GetProperty("cadastralUnit").GetProperty("cadastralIncome").GetProperty("cents").GetInt64());
    }

    [Fact]
    public async Task CadastralIncome_Should_BeFormattedAsItaliansWriteIt_When_Queried()
    {
        var unit = fixture.City.CadastralUnits().First(u => u.CadastralIncomeCents >= 100_000);

        using var response = await fixture.Host.QueryAsync(Query, new { id = unit.Id });

        var euro = unit.CadastralIncomeCents / 100;
        var expected = $"€ {euro / 1000}.{euro % 1000:D3},{unit.CadastralIncomeCents % 100:D2}";
        Assert.Equal(expected, response.Data().GetProperty("cadastralUnit").GetProperty("cadastralIncome").GetProperty("formatted").GetString());
    }
}
