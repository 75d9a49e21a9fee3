using Fascicolo.Domain.SyntheticCity;

namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>
/// Who is whose parent inside one household, as far as the registry can tell: ANPR records each member's
/// relationship to the head only, so a parent–child pair is inferred from two such relationships. The
/// rule grants nothing it cannot infer for certain, because its answer (a citizen's <c>wards</c>) opens a
/// child's school data to the adult:
/// <list type="bullet">
/// <item>the head, and the head's spouse (2), are parents of the head's children (3);</item>
/// <item>a child-in-law (16) is a parent of the head's grandchildren (4), and so is a child of the head (3)
/// who is the household's only adult child (with two or more, the registry does not say whose they are).</item>
/// </list>
/// A cohabitant (23) may be a partner or a live-in carer, and a civil partner (28) is no parent of the
/// other's children by law: neither is inferred to be a parent. Only minors (under 18 on the day) count.
/// </summary>
internal static class Guardianship
{
    /// <summary>An adult is this old.</summary>
    public const int AgeOfMajority = 18;

    /// <summary>The fiscal codes of the minors of <paramref name="household"/> whose parent <paramref name="guardian"/> is, sorted.</summary>
    /// <param name="guardian">The member asking.</param>
    /// <param name="household">Every member of the guardian's household (the guardian included).</param>
    /// <param name="today">The day ages are reckoned on.</param>
    public static IReadOnlyList<string> WardsOf(HouseholdPerson guardian, IReadOnlyCollection<HouseholdPerson> household, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(guardian);
        ArgumentNullException.ThrowIfNull(household);
        var childRelationship = ChildrenOf(guardian, household, today);
        if (childRelationship is null)
        {
            return [];
        }
        return
        [
            .. household
                .Where(m => m.RelationshipCode == childRelationship && m.FiscalCode != guardian.FiscalCode && Ages.On(m.BirthDate, today) < AgeOfMajority)
                .Select(m => m.FiscalCode)
                .Order(StringComparer.Ordinal),
        ];
    }

    // The relationship (to the head) of the guardian's children, or null when the guardian is nobody's parent here.
    private static int? ChildrenOf(HouseholdPerson guardian, IReadOnlyCollection<HouseholdPerson> household, DateOnly today) =>
        guardian.RelationshipCode switch
        {
            RelationshipCodes.Head or RelationshipCodes.Spouse => RelationshipCodes.Child,
            RelationshipCodes.ChildInLaw => RelationshipCodes.Grandchild,
            RelationshipCodes.Child when household.Count(m => m.RelationshipCode == RelationshipCodes.Child && Ages.On(m.BirthDate, today) >= AgeOfMajority) == 1
                && Ages.On(guardian.BirthDate, today) >= AgeOfMajority => RelationshipCodes.Grandchild,
            _ => null,
        };
}

/// <summary>A household member as <see cref="Guardianship"/> needs them.</summary>
/// <param name="FiscalCode">The member's fiscal code.</param>
/// <param name="RelationshipCode">The ANPR relationship to the head.</param>
/// <param name="BirthDate">The birth date.</param>
internal sealed record HouseholdPerson(string FiscalCode, int RelationshipCode, DateOnly BirthDate);
