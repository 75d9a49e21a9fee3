using Fascicolo.Domain.SyntheticCity.Properties;
using Fascicolo.Domain.SyntheticCity.Territory;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Territory.Tests;

/// <summary>
/// No N+1: resolving 5 or 100 citizens or buildings through <c>_entities</c>, with every nested
/// field, runs the same small number of statements, one per field that reads the database.
/// </summary>
public sealed class StatementCountTests(TerritoryFixture fixture) : IClassFixture<TerritoryFixture>
{
    private const string CitizenEntities = """
        query Entities($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Citizen {
              fiscalCode
              properties {
                id
                owners { owner { fiscalCode } share { fraction } }
                appurtenantTo { id }
                energyCertificates { code }
                building { id energyClass alertZone { code } condominium { id } floodRedZone { id } }
              }
              redZoneRegistrations { id members { phone } }
            }
          }
        }
        """;

    private const string BuildingEntities = """
        query Entities($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Building {
              id municipality { name alertZone { code } }
              cadastralUnits { id owners { owner { fiscalCode } } energyCertificates { code } }
              energyCertificates { code cadastralUnit { id } }
              energyClass
              condominium { id administrator { name } units { id } }
              alertZone { code municipalities { name } }
              floodRedZone { id buildingCount }
            }
          }
        }
        """;

    [Fact]
    public async Task Citizens_Should_RunTheSameStatements_When_ResolvingFiveOrAHundred()
    {
        // Owners of every kind of holding first (a garage, a certified dwelling, a red-zone building), so five already reach every field.
        var city = fixture.City;
        var units = city.CadastralUnits();
        var featured = new[]
        {
            units.First(u => u.AppurtenantToId is not null),
            units.First(u => city.EnergyCertificates().Any(c => c.CadastralUnitId == u.Id)),
            units.First(u => city.FloodRedZoneOf(u.BuildingId) is not null),
            units.First(u => city.CondominiumOf(u.BuildingId) is not null),
        }.Select(u => u.Owners[0].OwnerFiscalCode);
        var owners = featured.Concat(units.SelectMany(u => u.Owners).Select(o => o.OwnerFiscalCode)).Distinct().Take(100)
            .Select(o => EntityRepresentations.Representation("Citizen", "fiscalCode", o)).ToList();

        await CountAsync(CitizenEntities, owners.Take(3));
        var five = await CountAsync(CitizenEntities, owners.Take(5));
        var hundred = await CountAsync(CitizenEntities, owners);

        var report = $"5:\n{string.Join("\n---\n", five)}\n\n100:\n{string.Join("\n---\n", hundred)}";
        Assert.True(five.Count == hundred.Count, $"The statement count grew with the citizens ({five.Count} vs {hundred.Count}).\n{report}");
        // properties, owners, appurtenant units, unit certificates, buildings, building certificates,
        // alert zones, condominiums, red zones, registrations (and no members: none registered).
        Assert.True(hundred.Count == 10, $"Expected one statement per field (10), got {hundred.Count}.\n{report}");
    }

    [Fact]
    public async Task Buildings_Should_RunTheSameStatements_When_ResolvingFiveOrAHundred()
    {
        var city = fixture.City;
        var featured = new[]
        {
            city.Buildings.First(b => city.FloodRedZoneOf(b.Id) is not null),
            city.Buildings.First(b => city.CondominiumOf(b.Id) is not null),
            city.Buildings.First(b => city.EnergyCertificatesOf(b.Id).Count > 0),
        }.Select(b => b.Id);
        // The test city has fewer than a hundred buildings: every one, then some again, as a gateway
        // resolving residences sends a building once per resident living in it.
        var distinct = featured.Concat(city.Buildings.Select(b => b.Id)).Distinct().ToList();
        var buildings = Enumerable.Range(0, 100).Select(i => distinct[i % distinct.Count])
            .Select(id => EntityRepresentations.Representation("Building", "id", id)).ToList();

        await CountAsync(BuildingEntities, buildings.Take(3));
        var five = await CountAsync(BuildingEntities, buildings.Take(5));
        var hundred = await CountAsync(BuildingEntities, buildings);

        var report = $"5:\n{string.Join("\n---\n", five)}\n\n100:\n{string.Join("\n---\n", hundred)}";
        Assert.True(five.Count == hundred.Count, $"The statement count grew with the buildings ({five.Count} vs {hundred.Count}).\n{report}");
        // buildings, units, owners, unit certificates, building certificates, certificates' units,
        // condominiums, condominium units (the same loader as the buildings' units, but a later level),
        // alert zones, zones' municipalities, red zones.
        Assert.True(hundred.Count == 11, $"Expected one statement per field (11), got {hundred.Count}.\n{report}");
        Assert.All(hundred, sql => Assert.Contains("any(@keys)", sql, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task FloodRedZones_Should_FetchEveryZonesPageInOneStatement_When_ListingZonesWithBuildings()
    {
        await CountAsync("{ floodRedZones { id } }");

        var statements = await CountAsync("{ floodRedZones { id buildings(first: 5) { edges { node { id condominium { id } } } } } }");

        // The zones, one statement for every zone's page, the pages' condominiums.
        Assert.Equal(3, statements.Count);
    }

    private async Task<IReadOnlyList<string>> CountAsync(string query, IEnumerable<Dictionary<string, object>>? representations = null)
    {
        var list = representations?.ToList();
        using var counter = new SqlStatementCounter(fixture.Host.Database.Name);

        using var response = await fixture.Host.QueryAsync(query, list is null ? null : new { representations = list });

        var data = response.Data();
        if (list is not null)
        {
            var entities = data.GetProperty("_entities");
            Assert.Equal(list.Count, entities.GetArrayLength());
            Assert.All(entities.EnumerateArray(), e => Assert.False(e.IsNull()));
        }

        return counter.Statements;
    }
}
