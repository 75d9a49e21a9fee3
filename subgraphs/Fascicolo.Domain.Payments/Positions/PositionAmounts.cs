namespace Fascicolo.Domain.Payments.Positions;

/// <summary>
/// What a position amounts to for its debtor: the debt, what was paid, what is left and by when.
/// A position offers either one full option, or instalments, or both as alternatives; the debt is
/// the full option's amount when there is one, else the sum of the instalments.
/// </summary>
/// <param name="TotalCents">The debt.</param>
/// <param name="PaidCents">What the receipts add up to.</param>
/// <param name="DueCents">What is left to pay: nothing once the full option or every instalment is paid,
/// the unpaid instalments once one is paid, else the debt.</param>
/// <param name="NextDueDate">The earliest due date among the options still open to the debtor, or null when nothing is due.</param>
/// <param name="MaxDueDate">The latest due date of any option.</param>
public readonly record struct PositionAmounts(long TotalCents, long PaidCents, long DueCents, DateOnly? NextDueDate, DateOnly MaxDueDate)
{
    /// <summary>Computes the amounts of a position's options.</summary>
    /// <exception cref="ArgumentException">The position has no option.</exception>
    public static PositionAmounts Of(IReadOnlyList<OptionState> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count == 0)
        {
            throw new ArgumentException("A position has at least one payment option.", nameof(options));
        }

        var full = options.Where(o => !o.IsPartialPayment).ToList();
        var instalments = options.Where(o => o.IsPartialPayment).ToList();
        var total = full.Count > 0 ? full[0].AmountCents : instalments.Sum(o => o.AmountCents);
        var paid = options.Where(o => o.IsPaid).Sum(o => o.AmountCents);
        var maxDueDate = options.Max(o => o.DueDate);

        // Still open to the debtor: nothing once settled; the remaining instalments once one is paid
        // (the full option is then closed); every option while nothing is paid.
        IEnumerable<OptionState> open =
            full.Any(o => o.IsPaid) || (instalments.Count > 0 && instalments.All(o => o.IsPaid)) ? []
            : instalments.Any(o => o.IsPaid) ? instalments.Where(o => !o.IsPaid)
            : options;
        var openList = open.ToList();
        var due = openList.Count == 0 ? 0
            : instalments.Any(o => o.IsPaid) ? openList.Sum(o => o.AmountCents)
            : total;
        DateOnly? next = openList.Count == 0 ? null : openList.Min(o => o.DueDate);
        return new PositionAmounts(total, paid, due, next, maxDueDate);
    }

    /// <summary>Whether something is left to pay and its earliest due date is before <paramref name="today"/>.</summary>
    public bool IsOverdueOn(DateOnly today) => DueCents > 0 && NextDueDate < today;
}
