using Fascicolo.Domain.Taxes;

namespace Fascicolo.Subgraphs.Taxes.Data;

/// <summary>A refund of an overpaid year.</summary>
/// <param name="Id">The id, e.g. <c>RIM-IMU-2024-0000001</c>.</param>
/// <param name="FiscalCode">The taxpayer.</param>
/// <param name="Tax">The tax overpaid.</param>
/// <param name="Year">The tax year overpaid.</param>
/// <param name="AmountCents">The amount to refund.</param>
/// <param name="RequestedOn">The day the taxpayer asked for it, or null.</param>
/// <param name="PaidOn">The day the city paid it, or null.</param>
internal sealed record TaxRefundRecord(string Id, string FiscalCode, TaxKind Tax, int Year, long AmountCents, DateOnly? RequestedOn, DateOnly? PaidOn)
{
    /// <summary>Where the refund stands.</summary>
    public TaxRefundStatus Status =>
        PaidOn is not null ? TaxRefundStatus.Paid
        : RequestedOn is not null ? TaxRefundStatus.Requested
        : TaxRefundStatus.NotRequested;
}

/// <summary>Where a refund stands.</summary>
internal enum TaxRefundStatus
{
    /// <summary>The overpayment is known, but the taxpayer has not asked for it back yet.</summary>
    NotRequested = 1,

    /// <summary>Asked for (istanza di rimborso), not yet paid.</summary>
    Requested = 2,

    /// <summary>Paid back.</summary>
    Paid = 3,
}
