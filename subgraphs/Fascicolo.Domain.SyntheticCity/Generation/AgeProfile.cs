using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>The head's age by kind of household; the other members' ages follow from it.</summary>
/// <param name="Single">Living alone.</param>
/// <param name="Couple">A couple without children at home.</param>
/// <param name="Parents">A couple with children: the head's age.</param>
/// <param name="LoneParent">A lone parent with children.</param>
/// <param name="WithGrandparents">A head living with their own parent(s) or the partner's.</param>
/// <param name="WithGrandchildren">A head whose married child or grandchildren live with them.</param>
/// <param name="Siblings">A head living with brothers or sisters.</param>
/// <param name="Assisted">An elderly head with a live-in carer.</param>
internal sealed record AgeProfile(
    WeightedTable<AgeBand> Single,
    WeightedTable<AgeBand> Couple,
    WeightedTable<AgeBand> Parents,
    WeightedTable<AgeBand> LoneParent,
    AgeBand WithGrandparents,
    AgeBand WithGrandchildren,
    AgeBand Siblings,
    WeightedTable<AgeBand> Assisted)
{
    /// <summary>Draws the head's age for a household of <paramref name="shape"/>.</summary>
    public int DrawHeadAge(HouseholdShape shape, SplitMix64 random)
    {
        if (shape.ChildInLaw || shape.Grandchildren > 0)
        {
            return WithGrandchildren.Draw(random);
        }

        if (shape.Grandparents > 0)
        {
            return WithGrandparents.Draw(random);
        }

        if (shape.Children > 0)
        {
            return (shape.Partner ? Parents : LoneParent).Pick(random).Draw(random);
        }

        if (shape.Carer)
        {
            return Assisted.Pick(random).Draw(random);
        }

        if (shape.Siblings > 0)
        {
            return Siblings.Draw(random);
        }

        return (shape.Partner ? Couple : Single).Pick(random).Draw(random);
    }
}
