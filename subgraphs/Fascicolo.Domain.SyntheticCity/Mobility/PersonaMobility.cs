namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>
/// The vehicle-owner persona's car and fines, the same in every city: a Volkswagen Golf with plate
/// <see cref="VehicleOwnerPlate"/>, its tax paid, and an unpaid ZTL fine notified three days before
/// the reference date (so the 30% reduction is still open for two days), beside a parking fine he
/// paid at the reduced rate. Dates follow the reference date so the story holds for any of them.
/// </summary>
public static class PersonaMobility
{
    /// <summary>The plate of the vehicle-owner persona's car, in every city.</summary>
    public const string VehicleOwnerPlate = "FX318KM";

    internal static VehicleDraft Car(string ownerFiscalCode, DateOnly reference)
    {
        var registration = reference.AddYears(-7).AddMonths(2).AddDays(13);
        DateOnly? lastInspection = null;
        for (var due = InspectionSchedule.NextDue(registration, null); due < reference; due = InspectionSchedule.NextDue(registration, lastInspection))
        {
            lastInspection = due.AddDays(-11);
        }
        var anniversary = new DateOnly(reference.Year, registration.Month, registration.Day);
        var insuranceExpiry = anniversary > reference ? anniversary : anniversary.AddYears(1);
        var car = new Vehicle(VehicleOwnerPlate, "Volkswagen", "Golf", VehicleFuel.Diesel, EmissionClass.Euro6, 85, registration,
            ownerFiscalCode, new VehicleInsurance("Reale Mutua", insuranceExpiry), lastInspection);
        var periodStart = VehicleTaxPeriod.StartOfPeriodOn(registration, reference);
        var assessment = LiguriaVehicleTaxTariff.Assess(car.Fuel, car.EmissionClass, car.PowerKw, registration, periodStart);
        return new VehicleDraft(car, periodStart, assessment, VehicleTaxPeriod.DueDateOf(periodStart).AddDays(-6));
    }

    internal static IReadOnlyList<FineDraft> Fines(string ownerFiscalCode, DateOnly reference)
    {
        var parkedOn = reference.AddMonths(-7).AddDays(19);
        var paidParking = new FineDraft(VehicleOwnerPlate, ownerFiscalCode, parkedOn.ToDateTime(new TimeOnly(18, 5)),
            "Via XX Settembre 12, Genova", HighwayCodeViolations.ForbiddenParking, parkedOn, 0, parkedOn.AddDays(3),
            FineAmounts.Reduced(HighwayCodeViolations.ForbiddenParking.MinimumCents, 0));
        var enteredOn = reference.AddDays(-20);
        var unpaidZtl = new FineDraft(VehicleOwnerPlate, ownerFiscalCode, enteredOn.ToDateTime(new TimeOnly(10, 42)),
            "Via San Lorenzo, Genova", HighwayCodeViolations.ZtlAccess, reference.AddDays(-3), FineGenerator.PostalExpensesCents, null, null);
        return [paidParking, unpaidZtl];
    }
}
