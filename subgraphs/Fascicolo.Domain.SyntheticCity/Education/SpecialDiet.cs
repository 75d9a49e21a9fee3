namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>A special diet served to a child at the canteen for one school year.</summary>
/// <param name="Kind">Medical, religious or ethical.</param>
/// <param name="Code">A stable code, e.g. <c>COELIAC</c> or <c>NO_PORK</c>; see <see cref="SpecialDiets"/>.</param>
/// <param name="Description">What the kitchen serves, in Italian as on the request form, e.g. <c>Dieta senza glutine</c>.</param>
/// <param name="StartsOn">The first day it is served.</param>
/// <param name="Certificate">The medical certificate; null for a religious or ethical diet.</param>
public sealed record SpecialDiet(SpecialDietKind Kind, string Code, string Description, DateOnly StartsOn, MedicalCertificate? Certificate);
