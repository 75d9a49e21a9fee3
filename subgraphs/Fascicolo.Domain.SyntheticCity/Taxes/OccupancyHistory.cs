namespace Fascicolo.Domain.SyntheticCity.Taxes;

/// <summary>
/// A household's TARI accounts over the tax years. The registry has no history, so the household is
/// taken to have lived in its dwelling all along; its size in a year is the members born by
/// 1 January of that year (a newborn is billed from the next year). Years with the same size make one account.
/// </summary>
internal static class OccupancyHistory
{
    public static List<TariOccupancy> Of(City city, Household household, Dwelling dwelling, string cadastralUnitId, IReadOnlyList<int> years)
    {
        var births = household.Members.Select(m => city.FindResident(m.FiscalCode)!.BirthDate).ToArray();
        var accounts = new List<TariOccupancy>(1);
        foreach (var year in years)
        {
            var firstOfYear = new DateOnly(year, 1, 1);
            var occupants = Math.Max(1, births.Count(b => b <= firstOfYear));
            if (accounts.Count > 0 && accounts[^1].Occupants == occupants && accounts[^1].ToYear == year - 1)
            {
                accounts[^1] = accounts[^1] with { ToYear = year };
            }
            else
            {
                accounts.Add(new TariOccupancy(household.HeadFiscalCode, dwelling.Id, cadastralUnitId, dwelling.SurfaceSquareMetres, occupants, year, year));
            }
        }
        return accounts;
    }
}
