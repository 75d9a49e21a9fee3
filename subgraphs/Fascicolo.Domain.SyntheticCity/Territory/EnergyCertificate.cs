namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>An energy performance certificate (APE, attestato di prestazione energetica) of a dwelling's cadastral unit.</summary>
/// <param name="Code">The certificate's identifier, <c>APE-</c> + year of issue + seven digits, e.g. <c>APE-2019-0000042</c>.</param>
/// <param name="CadastralUnitId">The unit it certifies.</param>
/// <param name="BuildingId">The building the unit is in.</param>
/// <param name="IssuedOn">The day the certifier signed it.</param>
/// <param name="EpGlNren">The unit's non-renewable global energy performance index, kWh/m² per year, two decimals.</param>
/// <param name="ReferenceEpGlNren">The reference building's EPgl,nren,rif,standard, kWh/m² per year, two decimals.</param>
/// <param name="Purpose">Why it was drawn up.</param>
/// <param name="CertifierFiscalCode">The certifier (soggetto certificatore), a resident professional.</param>
/// <param name="CertifierName">The certifier's full name.</param>
public sealed record EnergyCertificate(
    string Code,
    string CadastralUnitId,
    string BuildingId,
    DateOnly IssuedOn,
    decimal EpGlNren,
    decimal ReferenceEpGlNren,
    EnergyCertificatePurpose Purpose,
    string CertifierFiscalCode,
    string CertifierName)
{
    /// <summary>How many years an APE stays valid (DL 63/2013, art. 6).</summary>
    public const int ValidityYears = 10;

    /// <summary>The class, from the two indexes by <see cref="EnergyClassification.Classify"/>.</summary>
    public EnergyClass Class => EnergyClassification.Classify(EpGlNren, ReferenceEpGlNren);

    /// <summary>The first day it is no longer valid: ten years after issue.</summary>
    public DateOnly ExpiresOn => IssuedOn.AddYears(ValidityYears);

    /// <summary>Whether it is valid on <paramref name="date"/>: issued by then and not yet expired.</summary>
    public bool IsValidOn(DateOnly date) => IssuedOn <= date && date < ExpiresOn;
}
