using Fascicolo.Domain.SyntheticCity.Territory;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>EnergyCertificatePurpose</c> enum.</summary>
internal sealed class EnergyCertificatePurposeGraphType : EnumerationGraphType<EnergyCertificatePurpose>
{
    /// <summary>Names the enum.</summary>
    public EnergyCertificatePurposeGraphType()
    {
        Name = "EnergyCertificatePurpose";
        Description = "Why an energy certificate was drawn up.";
    }
}
