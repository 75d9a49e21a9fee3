using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>
/// Draws one car: its age, model, fuel and power, a plate from the national sequence of its
/// registration year, its insurance, its inspections and its current vehicle tax period.
/// </summary>
internal static class VehicleGenerator
{
    private const double ExpiredInsuranceShare = 0.025;
    private const double GraceInsuranceShare = 0.015;
    private const double SkippedInspectionShare = 0.06;
    private const double UnpaidTaxShare = 0.07;
    private const double LateTaxShare = 0.05;

    // Pre-1994 cars carry the current plate format only if re-plated; most were in the late 1990s.
    private static readonly DateOnly FirstNewFormatPlate = new(1994, 1, 1);

    // About a week of national registrations: cars registered the same day get nearby plates.
    private const int PlateJitter = 40_000;

    public static VehicleDraft Draw(SplitMix64 random, string ownerFiscalCode, DateOnly reference, PlateRegister plates)
    {
        var age = CarCatalogue.Ages.Pick(random).Draw(random);
        var registration = reference.AddYears(-age - 1).AddDays(random.Next(1, 365));
        if (registration >= reference)
        {
            registration = reference.AddDays(-1);
        }
        var model = PickModel(random, registration.Year);
        var fuel = PickFuel(random, model, registration.Year);
        var emission = fuel == VehicleFuel.Electric ? EmissionClass.Euro6 : EmissionClasses.ForRegistration(registration);
        var power = random.Next(model.MinKw, model.MaxKw);
        var plateDate = registration >= FirstNewFormatPlate ? registration : FirstNewFormatPlate.AddDays(random.Next(0, (6 * 365) - 1));
        var plate = plates.Issue(ItalianPlates.SequenceOn(plateDate) + random.Next(PlateJitter));
        var vehicle = new Vehicle(plate, model.Make, model.Model, fuel, emission, power, registration, ownerFiscalCode,
            Insurance(random, reference), LastInspection(random, registration, reference));

        var periodStart = VehicleTaxPeriod.StartOfPeriodOn(registration, reference);
        var assessment = LiguriaVehicleTaxTariff.Assess(fuel, emission, power, registration, periodStart);
        var paidOn = assessment.IsExempt ? null : TaxPaidOn(random, registration, periodStart, reference);
        return new VehicleDraft(vehicle, periodStart, assessment, paidOn);
    }

    private static CarModel PickModel(SplitMix64 random, int year)
    {
        var candidates = CarCatalogue.Models.Where(m => m.SoldIn(year)).ToList();
        var total = candidates.Sum(m => m.Weight);
        var ticket = random.Next(total);
        foreach (var model in candidates)
        {
            ticket -= model.Weight;
            if (ticket < 0)
            {
                return model;
            }
        }
        return candidates[^1];
    }

    private static VehicleFuel PickFuel(SplitMix64 random, CarModel model, int year)
    {
        var offered = model.Fuels.Where(f => f.FromYear <= year).Select(f => (f.Fuel, CarCatalogue.FuelWeight(f.Fuel, year))).ToList();
        return new WeightedTable<VehicleFuel>(offered).Pick(random);
    }

    private static VehicleInsurance Insurance(SplitMix64 random, DateOnly reference)
    {
        var insurer = CarCatalogue.Insurers.Pick(random);
        var roll = random.NextDouble();
        var expires = roll < ExpiredInsuranceShare
            ? reference.AddDays(-random.Next(VehicleInsurance.GraceDays + 1, 400))
            : roll < ExpiredInsuranceShare + GraceInsuranceShare
                ? reference.AddDays(-random.Next(0, VehicleInsurance.GraceDays - 1))
                : reference.AddDays(random.Next(1, 365));
        return new VehicleInsurance(insurer, expires);
    }

    /// <summary>Inspections passed in the month they were due; a few owners skipped the last one.</summary>
    private static DateOnly? LastInspection(SplitMix64 random, DateOnly registration, DateOnly reference)
    {
        DateOnly? last = null;
        DateOnly? beforeLast = null;
        var due = InspectionSchedule.NextDue(registration, null);
        while (due < reference)
        {
            var passed = due.AddDays(-random.Next(0, due.Day - 1));
            beforeLast = last;
            last = passed;
            due = InspectionSchedule.NextDue(registration, passed);
        }
        return last is not null && random.Chance(SkippedInspectionShare) ? beforeLast : last;
    }

    private static DateOnly? TaxPaidOn(SplitMix64 random, DateOnly registration, DateOnly periodStart, DateOnly reference)
    {
        // A new car's first period is paid by the dealer when it is registered.
        if (registration >= periodStart)
        {
            return registration < reference ? registration : null;
        }
        var due = VehicleTaxPeriod.DueDateOf(periodStart);
        var roll = random.NextDouble();
        DateOnly paid;
        if (roll < UnpaidTaxShare)
        {
            return null;
        }
        else if (roll < UnpaidTaxShare + LateTaxShare)
        {
            paid = due.AddDays(random.Next(1, 90));
        }
        else
        {
            paid = periodStart.AddDays(random.Next(0, due.Day - 1));
        }
        return paid < reference ? paid : null;
    }
}
