using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>
/// Builds the mobility facet: about 0.6 cars per adult resident (owners are adults), each with its
/// tax period, insurance and inspections, its fines of the last two years, and ZTL permits; the
/// vehicle-owner persona's car and fines are fixed (<see cref="PersonaMobility"/>). Each resident and
/// each of their cars draws from its own stream, so changing one never shifts another.
/// </summary>
internal static class MobilityGenerator
{
    private const int AdultAge = 18;

    private static readonly WeightedTable<int> CarsPerAdult = new([(0, 48), (1, 44), (2, 8)]);

    public static MobilityRegister Generate(City city)
    {
        var root = city.FacetStream("mobility");
        var reference = city.Options.ReferenceDate;
        var vehicleOwner = city.GetPersona(DemoPersonaKeys.VehicleOwner).FiscalCode;
        var genovaBuildings = city.Buildings.Where(b => b.Municipio is not null).ToArray();
        var plates = new PlateRegister();
        plates.Reserve(PersonaMobility.VehicleOwnerPlate);

        var drafts = new List<VehicleDraft>(city.Residents.Count / 2);
        var fineDrafts = new List<FineDraft>();
        var permitDrafts = new List<(string Plate, string Holder, (ZtlZone Zone, ZtlPermitKind Kind, DateOnly From, DateOnly Until) Permit)>();
        for (var index = 0; index < city.Residents.Count; index++)
        {
            var resident = city.Residents[index];
            var age = resident.AgeOn(reference);
            if (resident.FiscalCode == vehicleOwner)
            {
                drafts.Add(PersonaMobility.Car(resident.FiscalCode, reference));
                fineDrafts.AddRange(PersonaMobility.Fines(resident.FiscalCode, reference));
                continue;
            }
            if (age < AdultAge)
            {
                continue;
            }
            var owner = root.Derive("owners").Derive(index);
            var cars = CarsPerAdult.Pick(owner.Open());
            if (cars == 0)
            {
                continue;
            }
            var municipio = MunicipioOf(city, resident);
            for (var k = 0; k < cars; k++)
            {
                var car = owner.Derive(k);
                var draft = VehicleGenerator.Draw(car.Derive("vehicle").Open(), resident.FiscalCode, reference, plates);
                drafts.Add(draft);
                fineDrafts.AddRange(FineGenerator.Draw(car.Derive("fines").Open(), draft.Vehicle, reference, genovaBuildings));
                if (PermitGenerator.Draw(car.Derive("permit").Open(), municipio, age, reference) is { } permit)
                {
                    permitDrafts.Add((draft.Vehicle.Plate, resident.FiscalCode, permit));
                }
            }
        }

        var permits = permitDrafts
            .Select((p, i) => new ZtlPermit($"ZTL-{i + 1:D6}", p.Permit.Zone, p.Permit.Kind, p.Plate, p.Holder, p.Permit.From, p.Permit.Until))
            .ToList();
        return new MobilityRegister([.. drafts.Select(d => d.Vehicle)], TaxPeriods(drafts), Number(fineDrafts), permits);
    }

    private static int? MunicipioOf(City city, Resident resident)
    {
        var household = city.FindHousehold(resident.HouseholdId);
        var dwelling = household is null ? null : city.FindDwelling(household.DwellingId);
        return dwelling is null ? null : city.FindBuilding(dwelling.BuildingId)?.Municipio;
    }

    /// <summary>Numbers the positions per year in vehicle order; exempt periods get none.</summary>
    private static List<VehicleTaxPeriod> TaxPeriods(List<VehicleDraft> drafts)
    {
        var sequences = new Dictionary<int, int>();
        var periods = new List<VehicleTaxPeriod>(drafts.Count);
        foreach (var draft in drafts)
        {
            string? iupd = null;
            if (!draft.TaxAssessment.IsExempt)
            {
                var year = draft.TaxPeriodStart.Year;
                sequences[year] = sequences.GetValueOrDefault(year) + 1;
                iupd = Iupds.Format(PaymentService.VehicleTax, year, sequences[year]);
            }
            periods.Add(new VehicleTaxPeriod(draft.Vehicle.Plate, draft.Vehicle.OwnerFiscalCode, draft.TaxPeriodStart,
                draft.TaxAssessment, draft.TaxPaidOn, iupd));
        }
        return periods;
    }

    /// <summary>Numbers the fines per year in the order they were committed, as the police register would.</summary>
    private static List<TrafficFine> Number(List<FineDraft> drafts)
    {
        var sequences = new Dictionary<int, int>();
        var fines = new List<TrafficFine>(drafts.Count);
        foreach (var draft in drafts.OrderBy(d => d.CommittedAt).ThenBy(d => d.Plate, StringComparer.Ordinal))
        {
            var year = draft.CommittedAt.Year;
            var sequence = sequences[year] = sequences.GetValueOrDefault(year) + 1;
            fines.Add(new TrafficFine($"{year}/{sequence:D7}", draft.Plate, draft.DebtorFiscalCode, draft.CommittedAt, draft.Place,
                draft.Violation, draft.NotifiedOn, draft.ExpensesCents, draft.PaidOn, draft.PaidCents,
                Iupds.Format(PaymentService.TrafficFine, year, sequence)));
        }
        return fines;
    }
}
