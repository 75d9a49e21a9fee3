namespace Fascicolo.Subgraphs.Kit.Tests.Access;

/// <summary>A citizen of the access subgraph (kept in memory: the policy, not SQL, is under test).</summary>
public sealed record CitizenRow(string FiscalCode, string Name, int Income, string Grade, string Secret);

/// <summary>A household: its members are its data subjects.</summary>
public sealed record HouseholdRow(string Id, IReadOnlyList<string> Members);

/// <summary>The representation of a Citizen in <c>_entities</c>.</summary>
public sealed class CitizenReference
{
    public string FiscalCode { get; set; } = "";
}

/// <summary>The people of the access subgraph: the demo personas' fiscal codes.</summary>
public static class AccessData
{
    public const string Parent = "PRDGLI85D57D969T";
    public const string Pupil = "CNPMTT17E21D969F";
    public const string Stranger = "RPTSRA91B54D969U";
    public const string HouseholdId = "H1";

    public static readonly IReadOnlyList<CitizenRow> Citizens =
    [
        new(Parent, "Giulia Parodi", 31_000, "n/a", "parent-secret"),
        new(Pupil, "Matteo Canepa", 0, "3A", "pupil-secret"),
        new(Stranger, "Sara Repetto", 5_762, "n/a", "stranger-secret"),
    ];

    public static readonly HouseholdRow Household = new(HouseholdId, [Parent, Pupil]);

    public static CitizenRow? Find(string fiscalCode) => Citizens.FirstOrDefault(c => c.FiscalCode == fiscalCode);
}
