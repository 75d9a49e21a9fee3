using System.Text.Json;
using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Domain.SyntheticCity.Properties;

namespace Fascicolo.Gateway.Tests.CityGraph;

/// <summary>
/// Every reference one subgraph makes to another's entity resolves through the gateway: residences
/// and procedures to territory's buildings, IMU to territory's cadastral units, assessments, canteen
/// bills, vehicle taxes, fines and permit fees to payments' positions, with the same amounts on both
/// sides. Walks every citizen of the seeded city, a hundred per request.
/// </summary>
[Collection(WholeHub.Name)]
public sealed class CrossSubgraphReferenceTests(CityGatewayFixture fixture)
{
    private const string Walk = """
        query Walk($after: String) {
          citizens(first: 100, after: $after) {
            pageInfo { hasNextPage endCursor }
            edges { node {
              fiscalCode
              residence { building { id constructionYear } }
              properties { id category building { id } }
              y2022: taxPosition(year: 2022) { ...Tax }
              y2023: taxPosition(year: 2023) { ...Tax }
              y2024: taxPosition(year: 2024) { ...Tax }
              enrolments { id school { code building { id constructionYear } } }
              canteenBills { amount { cents } paymentPosition { ...Position } }
              vehicles { plate vehicleTax { paymentPosition { ...Position } } }
              trafficFines { number paymentPosition { ...Position } }
              procedures { id building { id constructionYear } fees { amount { cents } paymentPosition { ...Position } } }
            } }
          }
        }
        fragment Tax on TaxPosition {
          imu { properties { cadastralUnit { id category } } }
          assessments { id total { cents } paymentPosition { ...Position } }
        }
        fragment Position on PaymentPosition { iupd service amount { cents } }
        """;

    [Fact]
    public async Task EveryReference_Should_ResolveInItsOwningSubgraph_When_EveryCitizenIsWalkedThroughTheGateway()
    {
        var city = fixture.City;
        var ledger = city.PaymentsDue().ToDictionary(p => p.Iupd, StringComparer.Ordinal);
        var positions = new Dictionary<string, long>(StringComparer.Ordinal);
        var buildings = new HashSet<string>(StringComparer.Ordinal);
        var units = new HashSet<string>(StringComparer.Ordinal);
        var citizens = 0;
        string? after = null;
        do
        {
            var page = (await fixture.DataAsync(Walk, new { after })).GetProperty("citizens");
            foreach (var node in page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")))
            {
                citizens++;
                Visit(node, positions, buildings, units);
            }

            var info = page.GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(city.Residents.Count, citizens);
        Assert.All(positions.Keys, iupd => Assert.True(ledger.ContainsKey(iupd), $"{iupd} is not in the city's ledger."));
        var services = positions.Keys.Select(iupd => ledger[iupd].Service).ToHashSet();
        Assert.Equal(Enum.GetValues<PaymentService>().ToHashSet(), services);
        var residences = city.Households.Select(h => city.FindDwelling(h.DwellingId)!.BuildingId).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(buildings, residences);
        Assert.Equal(city.CadastralUnits().Select(u => u.Id).ToHashSet(StringComparer.Ordinal), units);
    }

    private static void Visit(JsonElement citizen, Dictionary<string, long> positions, HashSet<string> buildings, HashSet<string> units)
    {
        if (citizen.GetProperty("residence") is { ValueKind: JsonValueKind.Object } residence)
        {
            buildings.Add(Building(residence.GetProperty("building")));
        }

        foreach (var unit in citizen.GetProperty("properties").EnumerateArray())
        {
            units.Add(unit.GetProperty("id").GetString()!);
        }

        foreach (var year in new[] { "y2022", "y2023", "y2024" })
        {
            var tax = citizen.GetProperty(year);
            foreach (var property in tax.GetProperty("imu").GetProperty("properties").EnumerateArray())
            {
                Assert.NotNull(property.GetProperty("cadastralUnit").GetProperty("id").GetString());
            }

            foreach (var assessment in tax.GetProperty("assessments").EnumerateArray())
            {
                Position(assessment.GetProperty("paymentPosition"), assessment.GetProperty("total").GetProperty("cents").GetInt64(), positions);
            }
        }

        foreach (var enrolment in citizen.GetProperty("enrolments").EnumerateArray())
        {
            buildings.Add(Building(enrolment.GetProperty("school").GetProperty("building")));
        }

        foreach (var bill in citizen.GetProperty("canteenBills").EnumerateArray())
        {
            Position(bill.GetProperty("paymentPosition"), bill.GetProperty("amount").GetProperty("cents").GetInt64(), positions);
        }

        foreach (var vehicle in citizen.GetProperty("vehicles").EnumerateArray())
        {
            if (vehicle.GetProperty("vehicleTax") is { ValueKind: JsonValueKind.Object } vehicleTax && vehicleTax.GetProperty("paymentPosition") is { ValueKind: JsonValueKind.Object } position)
            {
                Position(position, null, positions);
            }
        }

        foreach (var fine in citizen.GetProperty("trafficFines").EnumerateArray())
        {
            Position(fine.GetProperty("paymentPosition"), null, positions);
        }

        foreach (var procedure in citizen.GetProperty("procedures").EnumerateArray())
        {
            buildings.Add(Building(procedure.GetProperty("building")));
            foreach (var fee in procedure.GetProperty("fees").EnumerateArray())
            {
                Position(fee.GetProperty("paymentPosition"), fee.GetProperty("amount").GetProperty("cents").GetInt64(), positions);
            }
        }
    }

    // A building only territory knows (its construction year) proves the reference was resolved there.
    private static string Building(JsonElement building)
    {
        Assert.True(building.GetProperty("constructionYear").GetInt32() > 1000, building.ToString());
        return building.GetProperty("id").GetString()!;
    }

    // The position's amount comes from payments; the referencing subgraph's own amount must equal it.
    private static void Position(JsonElement position, long? referencedAmount, Dictionary<string, long> positions)
    {
        var iupd = position.GetProperty("iupd").GetString()!;
        var amount = position.GetProperty("amount").GetProperty("cents").GetInt64();
        if (referencedAmount is { } expected)
        {
            Assert.True(expected == amount, $"{iupd}: the referencing subgraph says {expected} cents, payments says {amount}.");
        }

        positions[iupd] = amount;
    }
}
