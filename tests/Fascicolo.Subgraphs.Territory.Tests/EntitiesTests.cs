using Fascicolo.Domain.SyntheticCity.Properties;
using Fascicolo.Domain.SyntheticCity.Territory;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Territory.Tests;

/// <summary><c>_entities</c>: references to the owned entities from other subgraphs, in order, unknown ids as null.</summary>
public sealed class EntitiesTests(TerritoryFixture fixture) : IClassFixture<TerritoryFixture>
{
    private const string Query = """
        query($representations: [_Any!]!) {
          _entities(representations: $representations) {
            __typename
            ... on Building { id address { street } }
            ... on CadastralUnit { id category }
            ... on Condominium { id name }
            ... on Citizen { fiscalCode }
          }
        }
        """;

    [Fact]
    public async Task Entities_Should_ResolveEveryOwnedTypeInOrder_When_GivenMixedRepresentations()
    {
        var city = fixture.City;
        var building = city.Buildings[2];
        var unit = city.CadastralUnits()[4];
        var condominium = city.Condominiums()[0];
        object[] representations =
        [
            EntityRepresentations.Representation("Condominium", "id", condominium.Id),
            EntityRepresentations.Representation("Building", "id", building.Id),
            EntityRepresentations.Representation("Citizen", "fiscalCode", "RSSMRA45D25F205N"),
            EntityRepresentations.Representation("CadastralUnit", "id", unit.Id),
            EntityRepresentations.Representation("Building", "id", "BLD-D969-999999"),
            EntityRepresentations.Representation("CadastralUnit", "id", "CU-9999999"),
            EntityRepresentations.Representation("Condominium", "id", "not an id"),
        ];

        using var response = await fixture.Host.QueryAsync(Query, new { representations });

        var entities = response.Data().GetProperty("_entities").EnumerateArray().ToList();
        Assert.Equal(7, entities.Count);
        Assert.Equal(condominium.Name, entities[0].GetProperty("name").GetString());
        Assert.Equal(building.Street, entities[1].GetProperty("address").GetProperty("street").GetString());
        Assert.Equal("Citizen", entities[2].GetProperty("__typename").GetString());
        Assert.Equal(unit.Category, entities[3].GetProperty("category").GetString());
        Assert.All(entities.Skip(4), e => Assert.True(e.IsNull()));
    }
}
