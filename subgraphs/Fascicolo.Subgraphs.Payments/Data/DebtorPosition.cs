using Fascicolo.Domain.Payments.Positions;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>
/// Everything a debtor owes or has paid, grouped by the status their positions have today. Drafts
/// and positions the creditor cancelled are not shown to the debtor, as on pagoPA.
/// </summary>
/// <param name="DebtorFiscalCode">The debtor.</param>
/// <param name="Open">Positions still to pay (valid or partially paid) or announced (published), earliest due first.</param>
/// <param name="Paid">Positions paid in full (paid or reported), latest payment first.</param>
/// <param name="Expired">Positions that expired unpaid, latest due date first.</param>
/// <param name="TotalOpen">What is left to pay on the open positions.</param>
/// <param name="TotalOverdue">What is left to pay on open positions whose earliest open due date has passed.</param>
/// <param name="TotalPaid">What the debtor's receipts add up to, on every shown position.</param>
/// <param name="TotalExpired">What was left unpaid on the expired positions.</param>
internal sealed record DebtorPosition(
    string DebtorFiscalCode,
    IReadOnlyList<PositionRecord> Open,
    IReadOnlyList<PositionRecord> Paid,
    IReadOnlyList<PositionRecord> Expired,
    Money TotalOpen,
    Money TotalOverdue,
    Money TotalPaid,
    Money TotalExpired)
{
    /// <summary>Groups a debtor's positions by their status on <paramref name="today"/>.</summary>
    public static DebtorPosition From(string debtorFiscalCode, IReadOnlyList<PositionRecord> positions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var shown = positions
            .Select(p => (Position: p, Status: p.StatusOn(today), Amounts: p.Amounts))
            .Where(p => p.Status is not (DebtPositionStatus.Draft or DebtPositionStatus.Invalid))
            .ToList();
        var open = shown.Where(p => p.Status is DebtPositionStatus.Published or DebtPositionStatus.Valid or DebtPositionStatus.PartiallyPaid)
            .OrderBy(p => p.Amounts.NextDueDate).ThenBy(p => p.Position.Iupd, StringComparer.Ordinal).ToList();
        var paid = shown.Where(p => p.Status is DebtPositionStatus.Paid or DebtPositionStatus.Reported)
            .OrderByDescending(p => p.Position.PaymentDate).ThenBy(p => p.Position.Iupd, StringComparer.Ordinal).ToList();
        var expired = shown.Where(p => p.Status is DebtPositionStatus.Expired)
            .OrderByDescending(p => p.Amounts.MaxDueDate).ThenBy(p => p.Position.Iupd, StringComparer.Ordinal).ToList();

        return new DebtorPosition(
            debtorFiscalCode,
            [.. open.Select(p => p.Position)],
            [.. paid.Select(p => p.Position)],
            [.. expired.Select(p => p.Position)],
            new Money(open.Sum(p => p.Amounts.DueCents)),
            new Money(open.Where(p => p.Amounts.IsOverdueOn(today)).Sum(p => p.Amounts.DueCents)),
            new Money(shown.Sum(p => p.Amounts.PaidCents)),
            new Money(expired.Sum(p => p.Amounts.DueCents)));
    }
}
