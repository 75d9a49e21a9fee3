namespace Fascicolo.Domain.SyntheticCity.Taxes;

/// <summary>How a taxpayer deals with one tax in one year.</summary>
internal enum TaxpayerBehaviour
{
    /// <summary>Pays every instalment in full, by its deadline (most taxpayers).</summary>
    OnTime,

    /// <summary>Pays in full, but some instalments after their deadline.</summary>
    Late,

    /// <summary>Pays less than due: one instalment in part, or the last one not at all.</summary>
    Short,

    /// <summary>Pays nothing (omesso versamento).</summary>
    Omitted,

    /// <summary>Pays on time, and one instalment twice by mistake.</summary>
    Overpaid,
}
