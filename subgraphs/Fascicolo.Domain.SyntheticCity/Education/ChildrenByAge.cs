namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>How many children of an area are of the age of each school order on 1 September.</summary>
internal sealed class ChildrenByAge
{
    /// <summary>Aged 0 to 2.</summary>
    public int Nursery { get; private set; }

    /// <summary>Aged 3 to 5.</summary>
    public int Preschool { get; private set; }

    /// <summary>Aged 6 to 10.</summary>
    public int Primary { get; private set; }

    /// <summary>Aged 11 to 13.</summary>
    public int LowerSecondary { get; private set; }

    /// <summary>Counts a child of <paramref name="age"/> (ages outside 0–13 are ignored).</summary>
    public void Add(int age)
    {
        switch (age)
        {
            case >= 0 and <= 2: Nursery++; break;
            case >= 3 and <= 5: Preschool++; break;
            case >= 6 and <= 10: Primary++; break;
            case >= 11 and <= 13: LowerSecondary++; break;
            default: break;
        }
    }
}
