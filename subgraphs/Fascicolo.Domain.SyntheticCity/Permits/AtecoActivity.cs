namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>An economic activity of the ATECO classification (ISTAT, ATECO 2007 updated 2022).</summary>
/// <param name="Code">The code, e.g. <c>56.10.11</c>.</param>
/// <param name="Description">The official description, e.g. <c>Ristorazione con somministrazione</c>.</param>
/// <param name="Sector">The family of SUAP procedures it files.</param>
/// <param name="Sign">The word a business of this kind puts in its name, e.g. <c>Trattoria</c>.</param>
public sealed record AtecoActivity(string Code, string Description, BusinessSector Sector, string Sign);
