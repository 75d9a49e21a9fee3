namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>The operator search's criteria, already validated; every criterion is optional and they combine with AND.</summary>
/// <param name="SurnamePrefix">The surname starts with this, ignoring case.</param>
/// <param name="GivenName">The given name(s) equal this, ignoring case.</param>
/// <param name="BirthYear">Born in this year.</param>
/// <param name="Municipality">Resident in the municipality with this Belfiore code (upper case).</param>
/// <param name="Municipio">Resident in this municipio (Genova's municipal districts).</param>
internal sealed record CitizenFilter(
    string? SurnamePrefix = null,
    string? GivenName = null,
    int? BirthYear = null,
    string? Municipality = null,
    int? Municipio = null)
{
    /// <summary>No criteria: every citizen.</summary>
    public static CitizenFilter None { get; } = new();
}
