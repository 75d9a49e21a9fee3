namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>An <c>_entities</c> representation of a <c>Company</c> (a class: GraphQL.NET sets its properties).</summary>
internal sealed class CompanyReference
{
    /// <summary>The key, as sent; validated by <see cref="CompanyFiscalCodeArgument"/>.</summary>
    public string FiscalCode { get; set; } = string.Empty;
}
