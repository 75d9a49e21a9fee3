using Fascicolo.Domain.SyntheticCity.Territory;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>CivilProtectionPhase</c> enum.</summary>
internal sealed class CivilProtectionPhaseGraphType : EnumerationGraphType<AlertPhase>
{
    /// <summary>Names the enum.</summary>
    public CivilProtectionPhaseGraphType()
    {
        Name = "CivilProtectionPhase";
        Description = "The municipal operational phase: attenzione (ATTENTION), preallarme (PRE_ALARM), allarme (ALARM).";
    }
}
