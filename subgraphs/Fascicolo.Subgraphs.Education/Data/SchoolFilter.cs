using Fascicolo.Domain.SyntheticCity.Education;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>The school search's criteria, already validated; every criterion is optional and they combine with AND.</summary>
/// <param name="Order">Schools of this order.</param>
/// <param name="Management">Schools run by the state or by the Comune.</param>
/// <param name="MunicipalityCode">Schools in the municipality with this Belfiore code (upper case).</param>
/// <param name="Municipio">Schools in this municipio of Genova.</param>
internal sealed record SchoolFilter(
    SchoolOrder? Order = null,
    SchoolManagement? Management = null,
    string? MunicipalityCode = null,
    int? Municipio = null)
{
    /// <summary>No criteria: every school.</summary>
    public static SchoolFilter None { get; } = new();
}
