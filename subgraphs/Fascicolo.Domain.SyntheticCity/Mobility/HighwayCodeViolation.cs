namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>A violation of the Codice della strada (D.Lgs. 285/1992) and its pecuniary sanction.</summary>
/// <param name="Article">The article, e.g. <c>142</c>.</param>
/// <param name="Paragraph">The paragraph (comma), e.g. <c>8</c>.</param>
/// <param name="Description">What was violated, in Italian as on the verbale.</param>
/// <param name="MinimumCents">The minimum sanction (the amount due within 60 days), in cents.</param>
/// <param name="MaximumCents">The maximum sanction, in cents.</param>
/// <param name="LicencePoints">Points taken from the driving licence (art. 126-bis).</param>
/// <param name="ReductionAllowed">Whether the 30% reduction for payment within 5 days applies (not when the licence is suspended).</param>
public sealed record HighwayCodeViolation(
    string Article,
    string Paragraph,
    string Description,
    long MinimumCents,
    long MaximumCents,
    int LicencePoints,
    bool ReductionAllowed);
