using System.Globalization;

namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>
/// A school year (anno scolastico), written <c>2025/26</c>: from 1 September of <see cref="StartYear"/>
/// to 31 August of the next year. Ages for enrolment are taken on its first day.
/// </summary>
/// <param name="StartYear">The calendar year it starts in, e.g. 2025 for <c>2025/26</c>.</param>
public readonly record struct SchoolYear(int StartYear)
{
    /// <summary>The label, e.g. <c>2025/26</c>.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{StartYear:D4}/{(StartYear + 1) % 100:D2}");

    /// <summary>1 September, the day ages for enrolment are taken.</summary>
    public DateOnly FirstDay => new(StartYear, 9, 1);

    /// <summary>31 August of the next year.</summary>
    public DateOnly LastDay => new(StartYear + 1, 8, 31);

    /// <summary>The school year after this one.</summary>
    public SchoolYear Next => new(StartYear + 1);

    /// <summary>The school year before this one.</summary>
    public SchoolYear Previous => new(StartYear - 1);

    /// <summary>The school year <paramref name="date"/> falls in (September to August).</summary>
    public static SchoolYear Of(DateOnly date) => new(date.Month >= 9 ? date.Year : date.Year - 1);

    /// <summary>Reads a label such as <c>2025/26</c>; the second year must follow the first.</summary>
    /// <param name="text">The label.</param>
    /// <param name="year">The school year, when the label is valid.</param>
    /// <returns>Whether the label is valid.</returns>
    public static bool TryParse(string? text, out SchoolYear year)
    {
        year = default;
        if (text is not { Length: 7 } || text[4] != '/'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || start < 1900 || (start + 1) % 100 != end)
        {
            return false;
        }

        year = new SchoolYear(start);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Label;
}
