using System.Text.RegularExpressions;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Registry.Data;

namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>
/// The <c>CitizenFilter</c> argument as the client sent it. <see cref="Validate"/> turns it into a
/// <see cref="CitizenFilter"/> or rejects it with <c>INVALID_FILTER</c>, naming the field and the reason.
/// </summary>
internal sealed partial class CitizenFilterInput
{
    /// <summary>The error code of a rejected filter.</summary>
    public const string InvalidFilter = "INVALID_FILTER";

    /// <summary>The longest accepted name criterion.</summary>
    public const int MaxNameLength = 60;

    /// <summary>The earliest accepted birth year.</summary>
    public const int MinBirthYear = 1850;

    /// <summary>The lowest municipio number.</summary>
    public const int MinMunicipio = 1;

    /// <summary>The highest municipio number.</summary>
    public const int MaxMunicipio = 9;

    /// <summary>See <see cref="CitizenFilter.SurnamePrefix"/>.</summary>
    public string? SurnamePrefix { get; set; }

    /// <summary>See <see cref="CitizenFilter.GivenName"/>.</summary>
    public string? GivenName { get; set; }

    /// <summary>See <see cref="CitizenFilter.BirthYear"/>.</summary>
    public int? BirthYear { get; set; }

    /// <summary>See <see cref="CitizenFilter.Municipality"/>.</summary>
    public string? Municipality { get; set; }

    /// <summary>See <see cref="CitizenFilter.Municipio"/>.</summary>
    public int? Municipio { get; set; }

    /// <summary>Checks every criterion and returns the normalised filter.</summary>
    /// <param name="today">Today's date: a birth year cannot be in the future.</param>
    /// <exception cref="CodedError"><c>INVALID_FILTER</c>, with <c>extensions.field</c> and <c>extensions.reason</c>.</exception>
    public CitizenFilter Validate(DateOnly today)
    {
        var surnamePrefix = Name("surnamePrefix", SurnamePrefix);
        var givenName = Name("givenName", GivenName);
        if (BirthYear is < MinBirthYear || BirthYear > today.Year)
        {
            throw Invalid("birthYear", "OUT_OF_RANGE", $"'birthYear' must be between {MinBirthYear} and {today.Year}.");
        }
        var municipality = Municipality?.Trim().ToUpperInvariant();
        if (municipality is not null && !BelfioreCodePattern().IsMatch(municipality))
        {
            throw Invalid("municipality", "MALFORMED", "'municipality' must be a Belfiore code: a letter and three digits, e.g. 'D969'.");
        }
        if (Municipio is < MinMunicipio or > MaxMunicipio)
        {
            throw Invalid("municipio", "OUT_OF_RANGE", $"'municipio' must be between {MinMunicipio} and {MaxMunicipio}.");
        }
        return new CitizenFilter(surnamePrefix, givenName, BirthYear, municipality, Municipio);
    }

    private static string? Name(string field, string? value)
    {
        if (value is null)
        {
            return null;
        }
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            throw Invalid(field, "EMPTY", $"'{field}' must not be empty; leave it out to match every name.");
        }
        if (trimmed.Length > MaxNameLength)
        {
            throw Invalid(field, "TOO_LONG", $"'{field}' must be at most {MaxNameLength} characters.");
        }
        if (!NamePattern().IsMatch(trimmed))
        {
            throw Invalid(field, "INVALID_CHARACTERS", $"'{field}' may only hold letters, spaces, apostrophes, hyphens and dots.");
        }
        return trimmed;
    }

    private static CodedError Invalid(string field, string reason, string message) =>
        new(InvalidFilter, message, new Dictionary<string, object?> { ["field"] = field, ["reason"] = reason });

    // Letters of any script (accented Italian names, foreign names) and the punctuation names use;
    // no LIKE wildcard can get through.
    [GeneratedRegex(@"^[\p{L}\p{M}][\p{L}\p{M} '’.\-]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[A-Z][0-9]{3}$")]
    private static partial Regex BelfioreCodePattern();
}
