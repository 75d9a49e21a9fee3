namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>A car registered to a resident (PRA / motorisation archive), with its insurance and inspections.</summary>
/// <param name="Plate">The plate in the 1994 format, e.g. <c>FX318KM</c>; see <see cref="ItalianPlates"/>.</param>
/// <param name="Make">The make, e.g. <c>Fiat</c>.</param>
/// <param name="Model">The model, e.g. <c>Panda</c>.</param>
/// <param name="Fuel">The fuel.</param>
/// <param name="EmissionClass">The emission class.</param>
/// <param name="PowerKw">The engine power in kW, the base of the vehicle tax.</param>
/// <param name="RegistrationDate">The day of first registration.</param>
/// <param name="OwnerFiscalCode">The owner's fiscal code (an adult resident).</param>
/// <param name="Insurance">The current or last liability insurance.</param>
/// <param name="LastInspectedOn">The day of the last periodic inspection (revisione), or null when none was due yet.</param>
public sealed record Vehicle(
    string Plate,
    string Make,
    string Model,
    VehicleFuel Fuel,
    EmissionClass EmissionClass,
    int PowerKw,
    DateOnly RegistrationDate,
    string OwnerFiscalCode,
    VehicleInsurance Insurance,
    DateOnly? LastInspectedOn)
{
    /// <summary>The last day of the month the next inspection is due by; see <see cref="InspectionSchedule"/>.</summary>
    public DateOnly InspectionDueOn => InspectionSchedule.NextDue(RegistrationDate, LastInspectedOn);
}
