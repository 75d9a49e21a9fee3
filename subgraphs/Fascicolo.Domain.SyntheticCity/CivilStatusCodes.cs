namespace Fascicolo.Domain.SyntheticCity;

/// <summary>ANPR civil status codes (the ones the generator uses).</summary>
public static class CivilStatusCodes
{
    /// <summary>Celibe/nubile.</summary>
    public const int NeverMarried = 1;

    /// <summary>Coniugato/a.</summary>
    public const int Married = 2;

    /// <summary>Vedovo/a.</summary>
    public const int Widowed = 3;

    /// <summary>Divorziato/a.</summary>
    public const int Divorced = 4;

    /// <summary>Unito/a civilmente.</summary>
    public const int CivilUnion = 6;
}
