using Fascicolo.Domain.SyntheticCity.Mobility;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Mobility.Data;

/// <summary>The latest vehicle tax period of many cars, a batch at a time.</summary>
internal static class VehicleTaxByPlate
{
    private const string Sql = """
        select distinct on (t.plate) t.plate, t.period_start, t.due_date, t.amount_cents, t.basis, t.paid_on, t.iupd
        from vehicle_tax t
        where t.plate = any(@keys)
        order by t.plate, t.period_start desc
        """;

    /// <summary>The loader of <c>Vehicle.vehicleTax</c>.</summary>
    public static readonly BatchLoader<string, VehicleTaxRecord> Loader = new(
        (plates, services, ct) => SqlRows.ByKeysAsync(services, Sql, plates, reader => new VehicleTaxRecord(
            reader.GetString(0),
            reader.GetFieldValue<DateOnly>(1),
            reader.GetFieldValue<DateOnly>(2),
            reader.GetInt64(3),
            (VehicleTaxBasis)reader.GetInt16(4),
            reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5),
            reader.IsDBNull(6) ? null : reader.GetString(6)), ct),
        t => t.Plate);
}
