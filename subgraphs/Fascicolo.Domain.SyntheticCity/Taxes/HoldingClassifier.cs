using Fascicolo.Domain.SyntheticCity.Properties;
using Fascicolo.Domain.SyntheticCity.Randomness;
using Fascicolo.Domain.Taxes.Imu;

namespace Fascicolo.Domain.SyntheticCity.Taxes;

/// <summary>
/// Turns a resident's shares of the cadastre into IMU holdings, deciding each unit's use from the
/// registry: the unit of the dwelling his household lives in is his main home; a garage beside it
/// is its appurtenance; a dwelling another household lives in is let (at an agreed rent for about a
/// third, chosen per unit); anything else is "other". Only units in Genova are Genova's to tax.
/// The taxpayer persona's second dwelling is let on the free market, whoever the registry shows in it.
/// </summary>
internal sealed class HoldingClassifier(City city, Dictionary<string, Household> householdByDwelling, StreamKey rents, string taxpayerPersona)
{
    private const double AgreedRentShare = 0.35;

    public List<TaxpayerHolding> HoldingsOf(Resident owner)
    {
        var units = city.PropertiesOf(owner.FiscalCode);
        var holdings = new List<TaxpayerHolding>(units.Count);
        if (units.Count == 0)
        {
            return holdings;
        }
        var home = HomeOf(owner.FiscalCode);
        foreach (var unit in units)
        {
            if (unit.MunicipalityCode != CityTaxes.MunicipalityCode)
            {
                continue;
            }
            var share = unit.Owners.First(o => o.OwnerFiscalCode == owner.FiscalCode);
            var use = Use(unit, home, owner.FiscalCode);
            var residentOwners = use == ImuUse.MainHome ? unit.Owners.Count(o => HomeOf(o.OwnerFiscalCode) == unit.DwellingId) : 1;
            holdings.Add(new TaxpayerHolding(owner.FiscalCode, new ImuHolding(
                unit.Id,
                CadastralCategory.Parse(unit.Category),
                unit.CadastralIncomeCents,
                share.ShareNumerator,
                share.ShareDenominator,
                share.Since,
                null,
                use,
                Math.Max(1, residentOwners))));
        }
        return holdings;
    }

    private ImuUse Use(CadastralUnit unit, string? home, string owner)
    {
        if (unit.DwellingId is null)
        {
            var servedHome = unit.AppurtenantToId is { } id ? city.FindCadastralUnit(id)?.DwellingId : null;
            return servedHome is not null && servedHome == home ? ImuUse.MainHomeAppurtenance : ImuUse.Other;
        }
        if (unit.DwellingId == home)
        {
            return ImuUse.MainHome;
        }
        if (owner == taxpayerPersona)
        {
            return ImuUse.Let;
        }
        if (!householdByDwelling.ContainsKey(unit.DwellingId))
        {
            return ImuUse.Other;
        }
        return rents.Derive(unit.Id).Open().Chance(AgreedRentShare) ? ImuUse.LetAtAgreedRent : ImuUse.Let;
    }

    private string? HomeOf(string fiscalCode) =>
        city.FindResident(fiscalCode) is { } resident ? city.FindHousehold(resident.HouseholdId)?.DwellingId : null;
}
