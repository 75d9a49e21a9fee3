using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Data;

/// <summary>
/// Foreign countries of birth with rough weights: the countries of origin of Genova's foreign
/// residents (the Ecuadorian community first), of live-in carers, and of Italians born abroad.
/// </summary>
internal static class Countries
{
    /// <summary>Where foreign-born households come from.</summary>
    public static readonly WeightedTable<Country> Immigration = new(
    [
        (new("Z605", "EC", "Ecuador", NameGroup.Hispanic), 300),
        (new("Z100", "AL", "Albania", NameGroup.Albanian), 100),
        (new("Z129", "RO", "Romania", NameGroup.Romanian), 90),
        (new("Z330", "MA", "Marocco", NameGroup.Arabic), 80),
        (new("Z611", "PE", "Perù", NameGroup.Hispanic), 60),
        (new("Z210", "CN", "Cina", NameGroup.Chinese), 50),
        (new("Z138", "UA", "Ucraina", NameGroup.Slavic), 50),
        (new("Z343", "SN", "Senegal", NameGroup.WestAfrican), 35),
        (new("Z249", "BD", "Bangladesh", NameGroup.SouthAsian), 30),
        (new("Z209", "LK", "Sri Lanka", NameGroup.SouthAsian), 30),
        (new("Z335", "NG", "Nigeria", NameGroup.WestAfrican), 20),
        (new("Z505", "DO", "Repubblica Dominicana", NameGroup.Hispanic), 20),
        (new("Z236", "PK", "Pakistan", NameGroup.SouthAsian), 15),
        (new("Z216", "PH", "Filippine", NameGroup.Filipino), 15),
        (new("Z352", "TN", "Tunisia", NameGroup.Arabic), 15),
        (new("Z336", "EG", "Egitto", NameGroup.Arabic), 15),
        (new("Z604", "CO", "Colombia", NameGroup.Hispanic), 15),
        (new("Z140", "MD", "Moldova", NameGroup.Romanian), 15),
        (new("Z602", "BR", "Brasile", NameGroup.Hispanic), 12),
        (new("Z222", "IN", "India", NameGroup.SouthAsian), 10),
        (new("Z506", "SV", "El Salvador", NameGroup.Hispanic), 10),
        (new("Z504", "CU", "Cuba", NameGroup.Hispanic), 8),
        (new("Z154", "RU", "Russia", NameGroup.Slavic), 8),
    ]);

    /// <summary>Where live-in carers (badanti) of elderly residents come from.</summary>
    public static readonly WeightedTable<Country> Carers = new(
    [
        (new("Z138", "UA", "Ucraina", NameGroup.Slavic), 30),
        (new("Z129", "RO", "Romania", NameGroup.Romanian), 25),
        (new("Z140", "MD", "Moldova", NameGroup.Romanian), 10),
        (new("Z611", "PE", "Perù", NameGroup.Hispanic), 15),
        (new("Z605", "EC", "Ecuador", NameGroup.Hispanic), 15),
        (new("Z216", "PH", "Filippine", NameGroup.Filipino), 5),
    ]);

    /// <summary>Where Italian citizens born abroad were born (emigrants' children who came back).</summary>
    public static readonly WeightedTable<Country> ItalianEmigration = new(
    [
        (new("Z600", "AR", "Argentina", NameGroup.Italian), 30),
        (new("Z133", "CH", "Svizzera", NameGroup.Italian), 20),
        (new("Z110", "FR", "Francia", NameGroup.Italian), 15),
        (new("Z112", "DE", "Germania", NameGroup.Italian), 10),
        (new("Z614", "VE", "Venezuela", NameGroup.Italian), 8),
        (new("Z602", "BR", "Brasile", NameGroup.Italian), 6),
        (new("Z103", "BE", "Belgio", NameGroup.Italian), 5),
        (new("Z114", "GB", "Regno Unito", NameGroup.Italian), 4),
        (new("Z404", "US", "Stati Uniti", NameGroup.Italian), 4),
        (new("Z131", "ES", "Spagna", NameGroup.Italian), 3),
    ]);
}
