namespace Fascicolo.Subgraphs.Taxes.Data;

/// <summary>Where an assessment stands.</summary>
internal enum TaxAssessmentStatus
{
    /// <summary>Notified, unpaid, and the 60 days to pay have not run out.</summary>
    Open = 1,

    /// <summary>Paid.</summary>
    Paid = 2,

    /// <summary>Unpaid after its term: the city may enforce it (riscossione coattiva).</summary>
    Overdue = 3,
}
