using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Territory.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>EnergyCertifier</c> type: the professional who signed an APE.</summary>
internal sealed class EnergyCertifierGraphType : ObjectGraphType<EnergyCertificateRecord>
{
    /// <summary>Declares the fields.</summary>
    public EnergyCertifierGraphType()
    {
        Name = "EnergyCertifier";
        Description = "The certifier (soggetto certificatore) who signed an energy certificate, as printed on it.";
        Field("name", e => e.CertifierName).Description("The certifier's full name.");
        Field<NonNullGraphType<FiscalCodeGraphType>>("fiscalCode").Description("The certifier's fiscal code.").Resolve(context => context.Source.CertifierFiscalCode);
    }
}
