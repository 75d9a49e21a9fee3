using Fascicolo.Domain.FiscalCodes;

namespace Fascicolo.Subgraphs.Audit.Schema;

/// <summary>An <c>_entities</c> representation of a <c>Citizen</c> (a class: GraphQL.NET sets its properties).</summary>
internal sealed class CitizenReference
{
    /// <summary>The key, parsed (and validated) by the <c>FiscalCode</c> scalar.</summary>
    public FiscalCode FiscalCode { get; set; }
}
