using System.Globalization;
using System.Text.Json;
using Fascicolo.Domain.SyntheticCity.Territory;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Territory.Tests;

/// <summary>Alert zones, weather alerts and flood red zones: public queries without personal data.</summary>
public sealed class CivilProtectionTests(TerritoryFixture fixture) : IClassFixture<TerritoryFixture>
{
    [Fact]
    public async Task AlertZones_Should_ListAToEWithGenovaInB_When_Queried()
    {
        using var response = await fixture.Host.QueryAsync("{ alertZones { code name municipalities { belfioreCode name alertZone { code } } } }");

        var zones = response.Data().GetProperty("alertZones").EnumerateArray().ToList();
        Assert.Equal(["A", "B", "C", "D", "E"], zones.Select(z => z.GetProperty("code").GetString()));
        var zoneB = zones[1];
        Assert.Equal("Bacini liguri marittimi di Centro", zoneB.GetProperty("name").GetString());
        var municipalities = zoneB.GetProperty("municipalities").EnumerateArray().ToList();
        Assert.Contains(municipalities, m => m.GetProperty("belfioreCode").GetString() == "D969");
        Assert.Equal(fixture.City.Municipalities.Count, municipalities.Count);
        Assert.All(municipalities, m => Assert.Equal("B", m.GetProperty("alertZone").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task AlertZone_Should_FailValidation_When_TheCodeIsNotAZone()
    {
        using var response = await fixture.Host.QueryAsync("{ alertZone(code: Z) { name } }");

        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", response.SingleError().Extension("code"));
    }

    [Fact]
    public async Task CivilProtectionAlerts_Should_FailWithACode_When_TheTypeVariableIsNotAnAlertType()
    {
        using var response = await fixture.Host.QueryAsync(
            "query($type: CivilProtectionAlertType) { civilProtectionAlerts(type: $type) { edges { node { id } } } }", new { type = "EARTHQUAKE" });

        Assert.Equal("INVALID_VALUE", response.SingleError().Extension("code"));
    }

    [Fact]
    public async Task ActiveCivilProtectionAlerts_Should_ShowTheOrangeAlertOnZoneB_When_ItIsTheReferenceDate()
    {
        using var response = await fixture.Host.QueryAsync("{ activeCivilProtectionAlerts { id zone { code } type colour phase validFrom validTo isActive } }");

        var alerts = response.Data().GetProperty("activeCivilProtectionAlerts").EnumerateArray().ToList();
        var expected = fixture.City.CivilProtectionAlerts().Where(a => a.IsActiveAt(fixture.Now.UtcDateTime)).ToList();
        Assert.Equal(expected.Select(a => a.Id).Order(StringComparer.Ordinal), alerts.Select(a => a.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        var zoneB = Assert.Single(alerts, a => a.GetProperty("zone").GetProperty("code").GetString() == "B");
        Assert.Equal("ORANGE", zoneB.GetProperty("colour").GetString());
        Assert.Equal("PRE_ALARM", zoneB.GetProperty("phase").GetString());
        Assert.Equal("HYDROGEOLOGICAL", zoneB.GetProperty("type").GetString());
        Assert.True(zoneB.GetProperty("isActive").GetBoolean());
    }

    [Fact]
    public async Task CivilProtectionAlerts_Should_PageThroughAZonesAlertsNewestFirst_When_FollowingTheCursor()
    {
        const string Query = """
            query($after: String) { civilProtectionAlerts(zone: B, first: 10, after: $after) { edges { node { id validFrom colour phase zone { code } } } pageInfo { hasNextPage endCursor } } }
            """;
        var nodes = new List<JsonElement>();
        string? after = null;
        do
        {
            using var response = await fixture.Host.QueryAsync(Query, new { after });
            var connection = response.Data().GetProperty("civilProtectionAlerts");
            nodes.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").Clone()));
            var pageInfo = connection.GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        var expected = fixture.City.CivilProtectionAlerts().Where(a => a.ZoneCode == "B").OrderByDescending(a => a.ValidFrom).ThenByDescending(a => a.Id, StringComparer.Ordinal).ToList();
        Assert.True(expected.Count > 10, "The city should have several pages of zone B alerts.");
        Assert.Equal(expected.Select(a => a.Id), nodes.Select(n => n.GetProperty("id").GetString()));
        Assert.All(nodes, n => Assert.Equal("B", n.GetProperty("zone").GetProperty("code").GetString()));
        // Liguria's procedures: yellow means at least attention, orange pre-alarm, red alarm.
        var phases = new Dictionary<string, string> { ["YELLOW"] = "ATTENTION", ["ORANGE"] = "PRE_ALARM", ["RED"] = "ALARM" };
        Assert.All(nodes, n => Assert.Equal(phases[n.GetProperty("colour").GetString()!], n.GetProperty("phase").GetString()));
    }

    [Fact]
    public async Task CivilProtectionAlerts_Should_FilterByTypeAndInstant_When_Given()
    {
        var snow = fixture.City.CivilProtectionAlerts().First(a => a.Type == AlertType.Snow);
        var instant = snow.ValidFrom.AddHours(1);

        using var response = await fixture.Host.QueryAsync(
            "query($at: DateTime) { civilProtectionAlerts(type: SNOW, activeAt: $at, first: 100) { edges { node { id type } } } }",
            new { at = instant.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) });

        var ids = response.Data().GetProperty("civilProtectionAlerts").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();
        var expected = fixture.City.CivilProtectionAlerts().Where(a => a.Type == AlertType.Snow && a.IsActiveAt(instant)).Select(a => a.Id);
        Assert.Equal(expected.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Contains(snow.Id, ids);
    }

    [Fact]
    public async Task FloodRedZones_Should_ListTheZonesWithTheirFlaggedBuildings_When_Queried()
    {
        using var response = await fixture.Host.QueryAsync("""
            { floodRedZones { id name watercourse municipio buildingCount municipality { belfioreCode } buildings(first: 100) { edges { node { id inFloodRedZone floodRedZone { id } } } } } }
            """);

        var zones = response.Data().GetProperty("floodRedZones").EnumerateArray().ToList();
        var expected = fixture.City.FloodRedZones();
        Assert.Equal(expected.Select(z => z.Id), zones.Select(z => z.GetProperty("id").GetString()));
        foreach (var (zone, json) in expected.Zip(zones))
        {
            Assert.Equal(zone.BuildingIds.Count, json.GetProperty("buildingCount").GetInt32());
            var buildings = json.GetProperty("buildings").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
            Assert.Equal(zone.BuildingIds.Order(StringComparer.Ordinal), buildings.Select(b => b.GetProperty("id").GetString()!));
            Assert.All(buildings, b => Assert.Equal(zone.Id, b.GetProperty("floodRedZone").GetProperty("id").GetString()));
        }

        Assert.Contains(zones, z => z.GetProperty("buildingCount").GetInt32() > 0);
    }

    [Fact]
    public async Task FloodRedZone_Should_PageItsBuildings_When_FollowingTheCursor()
    {
        var zone = fixture.City.FloodRedZones().OrderByDescending(z => z.BuildingIds.Count).First();
        const string Query = """
            query($id: ID!, $after: String) { floodRedZone(id: $id) { buildings(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }
            """;
        var ids = new List<string>();
        string? after = null;
        do
        {
            using var response = await fixture.Host.QueryAsync(Query, new { id = zone.Id, after });
            var connection = response.Data().GetProperty("floodRedZone").GetProperty("buildings");
            ids.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            var pageInfo = connection.GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(zone.BuildingIds.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task PublicQueries_Should_ExposeNoPersonalData_When_ListingAlertsAndZones()
    {
        // Every field reachable from the alert and zone types, walked through introspection: none is a citizen or a fiscal code.
        using var response = await fixture.Host.QueryAsync("""
            { __schema { types { name fields { name type { name kind ofType { name kind ofType { name kind ofType { name } } } } } } } }
            """);

        var types = response.Data().GetProperty("__schema").GetProperty("types").EnumerateArray()
            .Where(t => t.GetProperty("fields").ValueKind == JsonValueKind.Array)
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("fields").EnumerateArray().Select(FieldTypeName).ToList());
        var reachable = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(["AlertZone", "CivilProtectionAlert", "CivilProtectionAlertConnection"]);
        while (pending.TryPop(out var name))
        {
            if (reachable.Add(name) && types.TryGetValue(name, out var fields))
            {
                foreach (var field in fields)
                {
                    pending.Push(field);
                }
            }
        }

        Assert.DoesNotContain("Citizen", reachable);
        Assert.DoesNotContain("FiscalCode", reachable);
        Assert.DoesNotContain("Building", reachable);
    }

    private static string FieldTypeName(JsonElement field)
    {
        var type = field.GetProperty("type");
        while (type.GetProperty("name").ValueKind == JsonValueKind.Null)
        {
            type = type.GetProperty("ofType");
        }

        return type.GetProperty("name").GetString()!;
    }
}
