namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>A special diet of the canteen's catalogue.</summary>
/// <param name="Kind">Medical, religious or ethical.</param>
/// <param name="Code">The stable code, e.g. <c>COELIAC</c>.</param>
/// <param name="Description">What the kitchen serves, in Italian, e.g. <c>Dieta senza glutine (celiachia)</c>.</param>
public sealed record SpecialDietDefinition(SpecialDietKind Kind, string Code, string Description);
