using System.Text.RegularExpressions;
using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Subgraphs.Education.Data;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>
/// The <c>SchoolFilter</c> argument as the client sent it. <see cref="Validate"/> turns it into a
/// <see cref="SchoolFilter"/> or rejects it with <c>INVALID_FILTER</c>, naming the field and the reason.
/// </summary>
internal sealed partial class SchoolFilterInput
{
    /// <summary>The lowest municipio number.</summary>
    public const int MinMunicipio = 1;

    /// <summary>The highest municipio number.</summary>
    public const int MaxMunicipio = 9;

    /// <summary>See <see cref="SchoolFilter.Order"/>.</summary>
    public SchoolOrder? Order { get; set; }

    /// <summary>See <see cref="SchoolFilter.Management"/>.</summary>
    public SchoolManagement? Management { get; set; }

    /// <summary>See <see cref="SchoolFilter.MunicipalityCode"/>.</summary>
    public string? MunicipalityCode { get; set; }

    /// <summary>See <see cref="SchoolFilter.Municipio"/>.</summary>
    public int? Municipio { get; set; }

    /// <summary>Checks every criterion and returns the normalised filter.</summary>
    /// <exception cref="CodedError"><c>INVALID_FILTER</c>, with <c>extensions.field</c> and <c>extensions.reason</c>.</exception>
    public SchoolFilter Validate()
    {
        var municipality = MunicipalityCode?.Trim().ToUpperInvariant();
        if (municipality is not null && !BelfioreCodePattern().IsMatch(municipality))
        {
            throw Invalid("municipalityCode", "MALFORMED", "'municipalityCode' must be a Belfiore code: a letter and three digits, e.g. 'D969'.");
        }

        if (Municipio is < MinMunicipio or > MaxMunicipio)
        {
            throw Invalid("municipio", "OUT_OF_RANGE", $"'municipio' must be between {MinMunicipio} and {MaxMunicipio}.");
        }

        return new SchoolFilter(Order, Management, municipality, Municipio);
    }

    private static CodedError Invalid(string field, string reason, string message) =>
        new(EducationErrorCodes.InvalidFilter, message, new Dictionary<string, object?> { ["field"] = field, ["reason"] = reason });

    [GeneratedRegex("^[A-Z][0-9]{3}$")]
    private static partial Regex BelfioreCodePattern();
}
