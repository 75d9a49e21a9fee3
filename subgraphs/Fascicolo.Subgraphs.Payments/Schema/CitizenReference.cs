using Fascicolo.Domain.FiscalCodes;

namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>
/// An <c>_entities</c> representation of a <c>Citizen</c>. A class with a settable property, not a
/// positional record: GraphQL.NET creates it with its parameterless constructor.
/// </summary>
internal sealed class CitizenReference
{
    /// <summary>The key, parsed (and validated) by the <c>FiscalCode</c> scalar.</summary>
    public FiscalCode FiscalCode { get; set; }
}
