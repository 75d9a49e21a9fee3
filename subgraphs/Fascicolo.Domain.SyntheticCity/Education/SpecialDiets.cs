namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>
/// The special diets the canteen serves, with the codes the city's forms use. Medical ones need a
/// certificate; religious and ethical ones a declaration by the parents.
/// </summary>
public static class SpecialDiets
{
    /// <summary>Every diet the canteen serves.</summary>
    public static IReadOnlyList<SpecialDietDefinition> Catalog { get; } =
    [
        new(SpecialDietKind.Medical, "COELIAC", "Dieta senza glutine (celiachia)"),
        new(SpecialDietKind.Medical, "MILK_ALLERGY", "Dieta senza proteine del latte vaccino"),
        new(SpecialDietKind.Medical, "EGG_ALLERGY", "Dieta senza uovo"),
        new(SpecialDietKind.Medical, "NUT_ALLERGY", "Dieta senza frutta a guscio"),
        new(SpecialDietKind.Medical, "FISH_ALLERGY", "Dieta senza pesce"),
        new(SpecialDietKind.Medical, "LACTOSE_INTOLERANCE", "Dieta senza lattosio"),
        new(SpecialDietKind.Medical, "FAVISM", "Dieta senza fave e legumi (favismo)"),
        new(SpecialDietKind.Medical, "DIABETES", "Dieta per diabete di tipo 1 (grammature)"),
        new(SpecialDietKind.Religious, "NO_PORK", "Dieta senza carne di maiale"),
        new(SpecialDietKind.Religious, "NO_BEEF", "Dieta senza carne bovina"),
        new(SpecialDietKind.Religious, "NO_MEAT", "Dieta senza carne"),
        new(SpecialDietKind.Ethical, "VEGETARIAN", "Dieta vegetariana"),
        new(SpecialDietKind.Ethical, "VEGAN", "Dieta vegana"),
    ];

    /// <summary>The diet with a code.</summary>
    /// <exception cref="KeyNotFoundException">No diet has that code.</exception>
    public static SpecialDietDefinition Get(string code) =>
        Catalog.FirstOrDefault(d => d.Code == code) ?? throw new KeyNotFoundException($"No special diet has code '{code}'.");
}
