namespace Fascicolo.Subgraphs.Education;

/// <summary>The <c>extensions.code</c> values the education subgraph adds to the kit's <see cref="Kit.ErrorCodes"/>.</summary>
internal static class EducationErrorCodes
{
    /// <summary>An ISEE argument is negative, has more than two decimals or is implausibly large; <c>extensions.reason</c> says which.</summary>
    public const string InvalidIsee = "INVALID_ISEE";

    /// <summary>The number of children of a simulation is below 1 or above the most the tariff quotes.</summary>
    public const string InvalidChildren = "INVALID_CHILDREN";

    /// <summary>The meals per month of a simulation are negative or more than a month's weekdays.</summary>
    public const string InvalidMeals = "INVALID_MEALS";

    /// <summary>A school year argument is not written like <c>2025/26</c>.</summary>
    public const string InvalidSchoolYear = "INVALID_SCHOOL_YEAR";

    /// <summary>A school filter criterion is out of range or malformed; <c>extensions.field</c> names it.</summary>
    public const string InvalidFilter = "INVALID_FILTER";
}
