using Fascicolo.Domain.SyntheticCity.Mobility;
using Npgsql;

namespace Fascicolo.Subgraphs.Mobility.Data;

/// <summary>A row of <c>vehicle</c>: a car, its owner, insurance and inspection dates.</summary>
internal sealed record VehicleRecord(
    string Plate,
    string OwnerFiscalCode,
    string Make,
    string Model,
    VehicleFuel Fuel,
    EmissionClass EmissionClass,
    int PowerKw,
    DateOnly RegistrationDate,
    string Insurer,
    DateOnly InsuranceExpiresOn,
    DateOnly? LastInspectedOn,
    DateOnly InspectionDueOn)
{
    /// <summary>The select list <see cref="Read"/> expects, on alias <c>v</c>.</summary>
    public const string Columns =
        "v.plate, v.owner_fiscal_code, v.make, v.model, v.fuel, v.emission_class, v.power_kw, v.registration_date, v.insurer, v.insurance_expires_on, v.last_inspected_on, v.inspection_due_on";

    /// <summary>Reads the current row (selected with <see cref="Columns"/>).</summary>
    public static VehicleRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        (VehicleFuel)reader.GetInt16(4),
        (EmissionClass)reader.GetInt16(5),
        reader.GetInt32(6),
        reader.GetFieldValue<DateOnly>(7),
        reader.GetString(8),
        reader.GetFieldValue<DateOnly>(9),
        reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10),
        reader.GetFieldValue<DateOnly>(11));
}
