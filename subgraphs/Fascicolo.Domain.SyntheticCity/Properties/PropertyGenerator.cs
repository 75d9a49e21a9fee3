using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Properties;

/// <summary>
/// Builds the cadastre: one unit per dwelling, a garage beside a quarter of the owner-occupied homes,
/// owners among the residents (occupiers, landlords, heirs of vacant homes), and fixed holdings for
/// the demo personas so their tax positions are the same in every city.
/// </summary>
internal static class PropertyGenerator
{
    private const double OwnerOccupiedShare = 0.7;
    private const double GarageShare = 0.25;

    // Rendita per square metre in cents, by category: Genova's tariffs are of this order.
    private static readonly Dictionary<string, int> IncomePerSquareMetreCents = new(StringComparer.Ordinal)
    {
        ["A/1"] = 2100,
        ["A/2"] = 1150,
        ["A/3"] = 800,
        ["A/4"] = 560,
        ["A/5"] = 400,
        ["A/6"] = 300,
        ["A/7"] = 1250,
        ["A/8"] = 2400,
        ["A/9"] = 3000,
        ["C/6"] = 700,
    };

    public static PropertyRegister Generate(City city)
    {
        var root = city.FacetStream("properties");
        var householdByDwelling = city.Households.ToDictionary(h => h.DwellingId, StringComparer.Ordinal);
        var personaHolding = PersonaHoldings(city);

        // Personas never appear as random landlords, so their holdings stay the same in every city.
        var personaHouseholds = city.Personas.Select(p => city.FindResident(p.FiscalCode)!.HouseholdId).ToHashSet(StringComparer.Ordinal);
        var adults = city.Residents.Where(r => r.AgeOn(city.Options.ReferenceDate) >= 25 && !personaHouseholds.Contains(r.HouseholdId)).ToArray();
        var parcels = new ParcelNumbering(city.Buildings);
        var buildings = city.Buildings.ToDictionary(b => b.Id, StringComparer.Ordinal);
        var units = new List<CadastralUnit>(city.Dwellings.Count + (city.Dwellings.Count / 4));
        var garages = new List<CadastralUnit>();

        for (var index = 0; index < city.Dwellings.Count; index++)
        {
            var dwelling = city.Dwellings[index];
            var random = root.Derive(index).Open();
            var household = householdByDwelling.GetValueOrDefault(dwelling.Id);
            var ownerOccupied = false;
            IReadOnlyList<CadastralOwnership> owners;
            if (personaHolding.TryGetValue(dwelling.Id, out var fixedOwners))
            {
                owners = fixedOwners;
                ownerOccupied = household is not null && fixedOwners.Any(o => household.Members.Any(m => m.FiscalCode == o.OwnerFiscalCode));
            }
            else if (household is not null && random.Chance(OwnerOccupiedShare))
            {
                owners = Occupiers(household, random, city.Options.ReferenceDate);
                ownerOccupied = true;
            }
            else
            {
                owners = Landlords(adults, household, random, city.Options.ReferenceDate);
            }

            var (sheet, parcel) = parcels.Of(dwelling.BuildingId);
            var unitId = UnitId(index + 1);
            units.Add(new CadastralUnit(
                unitId,
                dwelling.BuildingId,
                dwelling.Id,
                null,
                buildings[dwelling.BuildingId].MunicipalityCode,
                sheet,
                parcel,
                parcels.NextSubUnit(dwelling.BuildingId),
                dwelling.CadastralCategory,
                Income(dwelling.CadastralCategory, dwelling.SurfaceSquareMetres, random),
                dwelling.SurfaceSquareMetres,
                owners));

            // Persona homes always have a garage, so the main-home appurtenance rule shows in their IMU.
            var hasGarage = personaHolding.ContainsKey(dwelling.Id) || random.Chance(GarageShare);
            if (ownerOccupied && hasGarage)
            {
                var surface = random.Next(12, 20);
                garages.Add(new CadastralUnit(
                    string.Empty,
                    dwelling.BuildingId,
                    null,
                    unitId,
                    buildings[dwelling.BuildingId].MunicipalityCode,
                    sheet,
                    parcel,
                    parcels.NextSubUnit(dwelling.BuildingId),
                    "C/6",
                    Income("C/6", surface, random),
                    surface,
                    owners));
            }
        }

        for (var g = 0; g < garages.Count; g++)
        {
            units.Add(garages[g] with { Id = UnitId(city.Dwellings.Count + g + 1) });
        }

        return new PropertyRegister(units);
    }

    private static string UnitId(int number) => $"CU-{number:D7}";

    private static long Income(string category, int surface, SplitMix64 random)
    {
        var perSquareMetre = IncomePerSquareMetreCents.GetValueOrDefault(category, 800);
        var jitter = 0.8 + (0.4 * random.NextDouble());
        return (long)Math.Round(perSquareMetre * surface * jitter);
    }

    private static CadastralOwnership[] Occupiers(Household household, SplitMix64 random, DateOnly referenceDate)
    {
        var since = Since(random, referenceDate);
        var partner = household.Members.FirstOrDefault(m => m.RelationshipCode is RelationshipCodes.Spouse or RelationshipCodes.CivilPartner);
        return partner is not null && random.Chance(0.6)
            ? [new(household.HeadFiscalCode, 1, 2, since), new(partner.FiscalCode, 1, 2, since)]
            : [new(household.HeadFiscalCode, 1, 1, since)];
    }

    private static CadastralOwnership[] Landlords(Resident[] adults, Household? occupants, SplitMix64 random, DateOnly referenceDate)
    {
        var since = Since(random, referenceDate);
        var first = Landlord(adults, occupants, random);
        if (random.Chance(0.15))
        {
            var second = Landlord(adults, occupants, random);
            if (second != first)
            {
                return [new(first, 1, 2, since), new(second, 1, 2, since)];
            }
        }

        return [new(first, 1, 1, since)];
    }

    private static string Landlord(Resident[] adults, Household? occupants, SplitMix64 random)
    {
        while (true)
        {
            var candidate = adults[random.Next(adults.Length)];
            if (occupants is null || candidate.HouseholdId != occupants.Id)
            {
                return candidate.FiscalCode;
            }
        }
    }

    // Mostly long-held; about one in thirty bought during the year before the reference date, so
    // that months of possession matter for some owners.
    private static DateOnly Since(SplitMix64 random, DateOnly referenceDate)
    {
        var start = random.Chance(1.0 / 30)
            ? new DateOnly(referenceDate.Year - 1, 1, 1)
            : referenceDate.AddYears(-random.Next(2, 35));
        return start.AddDays(random.Next(0, 364));
    }

    // The personas' homes and holdings: the parent couple and the taxpayer couple own their home in
    // halves, the sole trader owns his alone, and the taxpayer also owns a let dwelling on which IMU is due.
    private static Dictionary<string, IReadOnlyList<CadastralOwnership>> PersonaHoldings(City city)
    {
        var holdings = new Dictionary<string, IReadOnlyList<CadastralOwnership>>(StringComparer.Ordinal);
        Household Home(string key) => city.FindHousehold(city.FindResident(city.GetPersona(key).FiscalCode)!.HouseholdId)!;
        CadastralOwnership[] Halves(Household home, DateOnly since) =>
            [new(home.Members[0].FiscalCode, 1, 2, since), new(home.Members[1].FiscalCode, 1, 2, since)];

        var parent = Home(DemoPersonaKeys.Parent);
        holdings[parent.DwellingId] = Halves(parent, new DateOnly(2014, 6, 12));
        var soleTrader = Home(DemoPersonaKeys.SoleTrader);
        holdings[soleTrader.DwellingId] = [new(soleTrader.HeadFiscalCode, 1, 1, new DateOnly(2001, 3, 20))];
        var taxpayer = Home(DemoPersonaKeys.Taxpayer);
        holdings[taxpayer.DwellingId] = Halves(taxpayer, new DateOnly(1995, 10, 2));

        // The first generated dwelling that is not a persona's home: let to tenants or vacant.
        var personaDwellings = city.Personas.Select(p => Home(p.Key).DwellingId).ToHashSet(StringComparer.Ordinal);
        var letDwelling = city.Dwellings.First(d => !personaDwellings.Contains(d.Id) && d.CadastralCategory != "A/1");
        holdings[letDwelling.Id] = [new(taxpayer.HeadFiscalCode, 1, 1, new DateOnly(2010, 5, 14))];
        return holdings;
    }
}
