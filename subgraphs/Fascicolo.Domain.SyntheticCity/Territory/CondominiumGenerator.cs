using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity.Properties;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>
/// Makes every building with at least <see cref="Condominium.MinDwellings"/> dwellings a condominium.
/// Large ones are run by professionals (mostly firms, each with many buildings, some individual
/// professionals among the residents); small ones by one of their owners.
/// </summary>
internal static class CondominiumGenerator
{
    private const double FirmShare = 0.75;
    private const int CondominiumsPerFirm = 30;

    // Non-commercial bodies get fiscal codes starting with 9; '010' is the Genova revenue office.
    private const long CondominiumCodeBase = 9_500_000_000;
    private const long FirmCodeBase = 2_100_000_000;
    private const long OfficeCode = 10;

    private static readonly string[] FirmForms = ["S.r.l.", "S.a.s.", "S.n.c.", "S.r.l.s."];

    public static CondominiumRegister Generate(City city)
    {
        var root = city.FacetStream("condominiums");
        var dwellingsByBuilding = city.Dwellings.GroupBy(d => d.BuildingId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var ownersByBuilding = OwnersByBuilding(city);
        var eligible = city.Buildings.Where(b => dwellingsByBuilding.GetValueOrDefault(b.Id) >= Condominium.MinDwellings).ToList();
        var firms = Firms(city, root.Derive("firms").Open(), Math.Max(2, eligible.Count / CondominiumsPerFirm));
        var professionals = city.Residents.Where(r => r.AgeOn(city.Options.ReferenceDate) is >= 30 and <= 70).ToArray();

        var condominiums = new List<Condominium>(eligible.Count);
        for (var index = 0; index < eligible.Count; index++)
        {
            var building = eligible[index];
            var random = root.Derive(building.Id).Open();
            var dwellings = dwellingsByBuilding[building.Id];
            var since = city.Options.ReferenceDate.AddDays(-random.Next(30, 15 * 365));
            var owners = ownersByBuilding.GetValueOrDefault(building.Id) ?? [];
            CondominiumAdministrator administrator;
            if (dwellings > Condominium.MaxOwnersWithoutProfessional || owners.Count == 0)
            {
                administrator = random.Chance(FirmShare)
                    ? random.Pick(firms) with { Since = since }
                    : Person(random.Pick(professionals), since);
            }
            else
            {
                administrator = Person(city.FindResident(random.Pick(owners))!, since);
            }

            condominiums.Add(new Condominium(
                "CND-" + building.Id["BLD-".Length..],
                building.Id,
                $"Condominio {building.Street} {building.HouseNumber}",
                CompanyFiscalCode.Generate(CondominiumCodeBase + (index * 1000L) + OfficeCode),
                dwellings,
                administrator));
        }

        return new CondominiumRegister(condominiums);
    }

    private static CondominiumAdministrator Person(Resident resident, DateOnly since) =>
        new(AdministratorKind.Person, resident.FullName, resident.FiscalCode, since);

    // Studios named after their founder, as most are.
    private static CondominiumAdministrator[] Firms(City city, SplitMix64 random, int count) =>
    [
        .. Enumerable.Range(0, count).Select(k => new CondominiumAdministrator(
            AdministratorKind.Company,
            $"Studio {random.Pick(city.Residents).Surname} Amministrazioni Condominiali {random.Pick(FirmForms)}",
            CompanyFiscalCode.Generate(FirmCodeBase + (k * 1000L) + OfficeCode),
            default)),
    ];

    // The distinct owners of each building's units, in unit order.
    private static Dictionary<string, List<string>> OwnersByBuilding(City city)
    {
        var owners = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var unit in city.CadastralUnits())
        {
            if (!owners.TryGetValue(unit.BuildingId, out var list))
            {
                owners[unit.BuildingId] = list = [];
            }

            foreach (var owner in unit.Owners.Where(o => !list.Contains(o.OwnerFiscalCode, StringComparer.Ordinal)))
            {
                list.Add(owner.OwnerFiscalCode);
            }
        }

        return owners;
    }
}
