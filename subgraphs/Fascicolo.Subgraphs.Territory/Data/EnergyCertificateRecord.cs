using Fascicolo.Domain.SyntheticCity.Territory;
using Npgsql;

namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>A row of <c>energy_certificate</c>: an APE of a dwelling's unit.</summary>
/// <param name="Code">The certificate code, e.g. <c>APE-2019-0000042</c>.</param>
/// <param name="CadastralUnitId">The unit it certifies.</param>
/// <param name="BuildingId">The unit's building.</param>
/// <param name="IssuedOn">The day it was signed.</param>
/// <param name="ExpiresOn">The first day it is no longer valid.</param>
/// <param name="EpGlNren">The unit's EPgl,nren, kWh/m² per year.</param>
/// <param name="ReferenceEpGlNren">The reference building's EPgl,nren, kWh/m² per year.</param>
/// <param name="EnergyClass">The class, from the two indexes.</param>
/// <param name="Purpose">Why it was drawn up.</param>
/// <param name="CertifierFiscalCode">The certifier's fiscal code.</param>
/// <param name="CertifierName">The certifier's full name.</param>
internal sealed record EnergyCertificateRecord(
    string Code,
    string CadastralUnitId,
    string BuildingId,
    DateOnly IssuedOn,
    DateOnly ExpiresOn,
    decimal EpGlNren,
    decimal ReferenceEpGlNren,
    EnergyClass EnergyClass,
    EnergyCertificatePurpose Purpose,
    string CertifierFiscalCode,
    string CertifierName)
{
    /// <summary>The select list <see cref="Read"/> expects, for <c>energy_certificate e</c>.</summary>
    public const string Columns = """
        e.code, e.cadastral_unit_id, e.building_id, e.issued_on, e.expires_on, e.ep_gl_nren, e.reference_ep_gl_nren,
        e.energy_class, e.purpose, e.certifier_fiscal_code, e.certifier_name
        """;

    /// <summary>The ratio of the two indexes the class is read from, to three decimals.</summary>
    public decimal PerformanceRatio => Math.Round(EpGlNren / ReferenceEpGlNren, 3, MidpointRounding.AwayFromZero);

    /// <summary>Whether it is valid on <paramref name="date"/>: issued by then and not yet expired.</summary>
    public bool IsValidOn(DateOnly date) => IssuedOn <= date && date < ExpiresOn;

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static EnergyCertificateRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetFieldValue<DateOnly>(3),
        reader.GetFieldValue<DateOnly>(4),
        reader.GetDecimal(5),
        reader.GetDecimal(6),
        (EnergyClass)reader.GetInt16(7),
        (EnergyCertificatePurpose)reader.GetInt16(8),
        reader.GetString(9),
        reader.GetString(10));
}
