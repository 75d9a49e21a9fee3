using Fascicolo.Subgraphs.Permits.Data;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>What <c>advanceProcedure</c> returns.</summary>
/// <param name="Procedure">The procedure after the step.</param>
/// <param name="Step">The step taken.</param>
internal sealed record AdvanceProcedurePayload(ProcedureRecord Procedure, ProcedureStepRecord Step);
