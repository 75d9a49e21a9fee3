namespace Fascicolo.Domain.Taxes.Payments;

/// <summary>Where an instalment stands on a given day.</summary>
public enum TaxDeadlineStatus
{
    /// <summary>Nothing paid yet, and the deadline has not passed.</summary>
    Open = 1,

    /// <summary>Paid in full by the deadline.</summary>
    Paid = 2,

    /// <summary>Paid in full, but some of it after the deadline.</summary>
    PaidLate = 3,

    /// <summary>Part of it paid.</summary>
    PartiallyPaid = 4,

    /// <summary>Nothing paid, and the deadline has passed.</summary>
    Overdue = 5,
}
