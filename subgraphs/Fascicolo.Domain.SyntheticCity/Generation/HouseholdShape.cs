namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>Who lives with the head: the structure of a household before ages and names.</summary>
/// <param name="Partner">A spouse, civil partner or cohabiting partner.</param>
/// <param name="Children">Children of the head (and of the partner, when there is one).</param>
/// <param name="Grandparents">Parents of the head or of the partner (two are a couple).</param>
/// <param name="ChildInLaw">The spouse of the eldest child.</param>
/// <param name="Grandchildren">Children of the eldest child.</param>
/// <param name="Siblings">Brothers and sisters of the head.</param>
/// <param name="Carer">A live-in carer (badante).</param>
internal readonly record struct HouseholdShape(
    bool Partner = false,
    int Children = 0,
    int Grandparents = 0,
    bool ChildInLaw = false,
    int Grandchildren = 0,
    int Siblings = 0,
    bool Carer = false)
{
    /// <summary>Members, the head included.</summary>
    public int Size => 1 + (Partner ? 1 : 0) + Children + Grandparents + (ChildInLaw ? 1 : 0) + Grandchildren + Siblings + (Carer ? 1 : 0);

    /// <summary>Whether three generations live together.</summary>
    public bool IsMultigenerational => Grandparents > 0 || Grandchildren > 0;
}
