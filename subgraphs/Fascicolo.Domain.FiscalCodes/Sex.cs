namespace Fascicolo.Domain.FiscalCodes;

/// <summary>Sex as recorded in the civil registry and encoded in the fiscal code's day.</summary>
public enum Sex
{
    /// <summary>Male: the day of birth is written as is (01–31).</summary>
    Male,

    /// <summary>Female: the day of birth is written plus 40 (41–71).</summary>
    Female,
}
