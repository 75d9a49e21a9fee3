using Fascicolo.Domain.SyntheticCity.Properties;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Territory.Tests;

/// <summary>
/// The ids other subgraphs hold resolve here: every building a household's dwelling is in (the
/// registry's residences point at them), every building of the city, and every cadastral unit (the
/// taxes subgraph's IMU points at them), walked through <c>_entities</c> a batch at a time.
/// </summary>
public sealed class CrossSubgraphReferenceTests(TerritoryFixture fixture) : IClassFixture<TerritoryFixture>
{
    private const int BatchSize = 2_000;

    [Fact]
    public async Task Entities_Should_ResolveEveryResidencesBuilding_When_WalkingTheHouseholds()
    {
        var city = fixture.City;
        var buildings = city.Households.Select(h => city.FindDwelling(h.DwellingId)!.BuildingId).Distinct().ToList();

        await AssertAllResolveAsync("Building", buildings);
    }

    [Fact]
    public async Task Entities_Should_ResolveEveryBuilding_When_WalkingTheCity() =>
        await AssertAllResolveAsync("Building", [.. fixture.City.Buildings.Select(b => b.Id)]);

    [Fact]
    public async Task Entities_Should_ResolveEveryCadastralUnit_When_WalkingTheCadastre() =>
        await AssertAllResolveAsync("CadastralUnit", [.. fixture.City.CadastralUnits().Select(u => u.Id)]);

    private async Task AssertAllResolveAsync(string typeName, IReadOnlyList<string> ids)
    {
        Assert.NotEmpty(ids);
        var query = $"query($representations: [_Any!]!) {{ _entities(representations: $representations) {{ ... on {typeName} {{ id }} }} }}";
        foreach (var batch in ids.Chunk(BatchSize))
        {
            object[] representations = [.. batch.Select(id => EntityRepresentations.Representation(typeName, "id", id))];

            using var response = await fixture.Host.QueryAsync(query, new { representations });

            var resolved = response.Data().GetProperty("_entities").EnumerateArray()
                .Select(e => e.IsNull() ? null : e.GetProperty("id").GetString())
                .ToList();
            var missing = batch.Where((id, i) => resolved[i] != id).ToList();
            Assert.True(missing.Count == 0, $"{missing.Count} {typeName} ids do not resolve, e.g. {string.Join(", ", missing.Take(5))}.");
        }
    }
}
