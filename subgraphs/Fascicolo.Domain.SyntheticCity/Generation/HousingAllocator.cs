using System.Globalization;
using Fascicolo.Domain.SyntheticCity.Data;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>
/// The housing facet of one area: fills buildings floor by floor with households, leaving some
/// dwellings vacant, and puts up a new building (now and then a shop or public one) when full.
/// </summary>
internal sealed class HousingAllocator(AreaProfile area, HousingStock stock, StreamKey housing)
{
    // Genova has many empty dwellings: the population has shrunk by a third since the seventies.
    private const double VacantShare = 0.10;
    private const double CommercialShare = 0.03;
    private const double PublicShare = 0.015;

    private readonly StreamKey _buildings = housing.Derive(area.Key).Derive("buildings");
    private readonly StreamKey _dwellings = housing.Derive(area.Key).Derive("dwellings");
    private readonly Queue<(int Floor, int Unit)> _freeSlots = new();
    private int _buildingsDrawn;
    private int _dwellingsDrawn;
    private Building? _building;
    private string _category = string.Empty;

    /// <summary>A dwelling for a household of <paramref name="size"/> members.</summary>
    public Dwelling Allocate(int size)
    {
        while (true)
        {
            var random = _dwellings.Derive(_dwellingsDrawn++).Open();
            var vacant = random.Chance(VacantShare);
            var dwelling = CreateDwelling(vacant ? 2 : size, random);
            if (!vacant)
            {
                return dwelling;
            }
        }
    }

    /// <summary>Leaves the rest of the last building vacant, so that every building has all its dwellings.</summary>
    public void Complete()
    {
        while (_freeSlots.Count > 0)
        {
            CreateDwelling(2, _dwellings.Derive(_dwellingsDrawn++).Open());
        }
    }

    private Dwelling CreateDwelling(int householdSize, SplitMix64 random)
    {
        if (_freeSlots.Count == 0)
        {
            PutUpBuilding();
        }

        var (floor, unit) = _freeSlots.Dequeue();
        var category = DwellingSizes.Vary(_category, random);
        var dwelling = new Dwelling(
            stock.NextDwellingId(),
            _building!.Id,
            floor,
            unit.ToString(CultureInfo.InvariantCulture),
            DwellingSizes.Surface(category, householdSize, random),
            category);
        stock.Dwellings.Add(dwelling);
        return dwelling;
    }

    private void PutUpBuilding()
    {
        while (true)
        {
            var random = _buildings.Derive(_buildingsDrawn++).Open();
            var roll = random.NextDouble();
            var use = roll < CommercialShare ? BuildingUse.Commercial
                : roll < CommercialShare + PublicShare ? BuildingUse.Public
                : random.Chance(area.Housing.MixedPercent / 100.0) ? BuildingUse.Mixed
                : BuildingUse.Residential;
            var building = CreateBuilding(use, random);
            stock.Buildings.Add(building);
            if (use is BuildingUse.Residential or BuildingUse.Mixed)
            {
                _building = building;
                PlanDwellings(use, random);
                return;
            }
        }
    }

    private Building CreateBuilding(BuildingUse use, SplitMix64 random)
    {
        var street = random.Pick(area.Streets);
        var bounds = area.Bounds;
        var code = area.Municipality.BelfioreCode;
        return new Building(
            stock.NextBuildingId(code),
            code,
            area.Municipio,
            street.Name,
            stock.NextHouseNumber(code, street.Name, red: use == BuildingUse.Commercial, random),
            street.PostalCode,
            Math.Round(bounds.South + (random.NextDouble() * (bounds.North - bounds.South)), 6),
            Math.Round(bounds.West + (random.NextDouble() * (bounds.East - bounds.West)), 6),
            random.Next(area.Housing.OldestYear, area.Housing.NewestYear),
            use);
    }

    private void PlanDwellings(BuildingUse use, SplitMix64 random)
    {
        _category = area.Housing.Categories.Pick(random);
        var (floors, unitsPerFloor) = _category switch
        {
            // A villa is one or two homes; grand flats take a floor, or half of one.
            DwellingSizes.Villa => (random.Next(1, 2), 1),
            DwellingSizes.Signorile => (area.Housing.Floors.Draw(random), random.Next(1, 2)),
            _ => (area.Housing.Floors.Draw(random), area.Housing.UnitsPerFloor.Draw(random)),
        };

        // Shops take the ground floor of a mixed building.
        var firstFloor = use == BuildingUse.Mixed && _category != DwellingSizes.Villa ? 1 : 0;
        var unit = 0;
        for (var floor = firstFloor; floor < firstFloor + floors; floor++)
        {
            for (var i = 0; i < unitsPerFloor; i++)
            {
                _freeSlots.Enqueue((floor, ++unit));
            }
        }
    }
}
