namespace Fascicolo.Domain.SyntheticCity.Data;

/// <summary>A naming tradition: which lists a person's names are drawn from.</summary>
internal enum NameGroup
{
    /// <summary>Italian names.</summary>
    Italian,

    /// <summary>Spanish names of Latin America; surnames are paternal plus maternal.</summary>
    Hispanic,

    /// <summary>Albanian names.</summary>
    Albanian,

    /// <summary>Romanian and Moldovan names.</summary>
    Romanian,

    /// <summary>Ukrainian and Russian names.</summary>
    Slavic,

    /// <summary>Maghrebi and Egyptian names.</summary>
    Arabic,

    /// <summary>Names of Genova's Chinese community, mostly from Zhejiang.</summary>
    Chinese,

    /// <summary>Names of Bangladesh, Pakistan, India and Sri Lanka.</summary>
    SouthAsian,

    /// <summary>Names of Senegal and Nigeria.</summary>
    WestAfrican,

    /// <summary>Filipino names.</summary>
    Filipino,
}
