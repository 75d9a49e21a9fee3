using Fascicolo.Domain.SyntheticCity.Data;
using Fascicolo.Domain.SyntheticCity.Properties;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>
/// Who and where the generated businesses and building works may involve. The demo personas'
/// households are left out, so the procedures and fees they show are exactly the fixed ones.
/// Only Genova's buildings are used: its SUE and SUAP are the desks of this facet.
/// </summary>
internal sealed class PermitCandidates
{
    private const int YoungestOwner = 22;
    private const int OldestOwner = 75;

    public PermitCandidates(City city)
    {
        var referenceDate = city.Options.ReferenceDate;
        PersonaHouseholds = city.Personas
            .Select(p => city.FindResident(p.FiscalCode)?.HouseholdId)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        Owners = [.. city.Residents.Where(r => !PersonaHouseholds.Contains(r.HouseholdId) && r.AgeOn(referenceDate) is >= YoungestOwner and <= OldestOwner)];
        var genova = city.Buildings.Where(b => b.MunicipalityCode == Municipalities.Genova.BelfioreCode).ToArray();
        var nonResidential = genova.Where(b => b.Use is BuildingUse.Commercial or BuildingUse.Mixed).ToArray();
        Premises = nonResidential.Length > 0 ? nonResidential : genova;
        var personaMembers = city.Residents.Where(r => PersonaHouseholds.Contains(r.HouseholdId)).Select(r => r.FiscalCode).ToHashSet(StringComparer.Ordinal);
        Dwellings = [.. city.CadastralUnits().Where(u => u.DwellingId is not null && u.MunicipalityCode == Municipalities.Genova.BelfioreCode && u.Owners.Any(o => !personaMembers.Contains(o.OwnerFiscalCode)))];
        PersonaMembers = personaMembers;
    }

    /// <summary>The households of the demo personas.</summary>
    public HashSet<string> PersonaHouseholds { get; }

    /// <summary>The fiscal codes of the demo personas and their household members.</summary>
    public HashSet<string> PersonaMembers { get; }

    /// <summary>Residents who may own a business: working age, outside the personas' households.</summary>
    public IReadOnlyList<Resident> Owners { get; }

    /// <summary>Genova's shops and offices (all its buildings if it has none).</summary>
    public IReadOnlyList<Building> Premises { get; }

    /// <summary>Genova's dwellings with at least one owner outside the personas' households.</summary>
    public IReadOnlyList<CadastralUnit> Dwellings { get; }
}
