using Fascicolo.Domain.SyntheticCity.Territory;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>EnergyClass</c> enum: A4 … G.</summary>
internal sealed class EnergyClassGraphType : EnumerationGraphType<EnergyClass>
{
    /// <summary>Names the enum.</summary>
    public EnergyClassGraphType()
    {
        Name = "EnergyClass";
        Description = "The energy class of an APE (DM 26/6/2015), from A4 (best) to G (worst).";
    }

    /// <inheritdoc/>
    /// <remarks>The classes are written as on the certificate: <c>A4</c>, not the constant case <c>A_4</c>.</remarks>
    protected override string ChangeEnumCase(string val) => val;
}
