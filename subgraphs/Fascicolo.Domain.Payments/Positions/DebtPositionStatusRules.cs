namespace Fascicolo.Domain.Payments.Positions;

/// <summary>
/// The GPD state machine of a debt position, as pagoPA's GPD service applies it: the status the
/// creditor's and the nodo's events record (publication, payment, reporting), and the two
/// transitions GPD applies "on the fly" against the clock (validity date reached, last due date passed).
/// </summary>
/// <remarks>
/// Source of the rules: pagopa/pagopa-debt-position (DebtPositionStatus.validityCheckAndUpdate and
/// expirationCheckAndUpdate, PaymentsService.updatePaymentStatus and setPaymentPositionStatus,
/// DebtPositionValidation.checkPaymentPositionPayability).
/// </remarks>
public static class DebtPositionStatusRules
{
    /// <summary>
    /// The status a position gets when published: <see cref="DebtPositionStatus.Valid"/> at once when
    /// it has no validity date, else <see cref="DebtPositionStatus.Published"/> until that date.
    /// </summary>
    public static DebtPositionStatus OnPublication(DateOnly? validityDate) =>
        validityDate is null ? DebtPositionStatus.Valid : DebtPositionStatus.Published;

    /// <summary>
    /// The status a recorded one has on <paramref name="today"/>: a published position is valid from
    /// its validity date on; a valid one with <paramref name="switchToExpired"/> is expired once the
    /// last due date has passed (the due date itself is still payable). Partially paid positions never
    /// expire this way, as in GPD: part of the debt has been collected and the rest stays payable.
    /// </summary>
    public static DebtPositionStatus OnDate(
        DebtPositionStatus recorded, DateOnly? validityDate, bool switchToExpired, DateOnly maxDueDate, DateOnly today)
    {
        var status = recorded;
        if (status == DebtPositionStatus.Published && (validityDate is null || validityDate <= today))
        {
            status = DebtPositionStatus.Valid;
        }

        if (status == DebtPositionStatus.Valid && switchToExpired && today > maxDueDate)
        {
            status = DebtPositionStatus.Expired;
        }

        return status;
    }

    /// <summary>
    /// The status after a payment has been recorded on one of <paramref name="options"/> (which already
    /// show it as paid): partially paid while some but not all instalments are paid, else paid.
    /// </summary>
    /// <exception cref="ArgumentException">No option is paid.</exception>
    public static DebtPositionStatus AfterPayment(IReadOnlyList<OptionState> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Any(o => o.IsPaid))
        {
            throw new ArgumentException("A payment leaves at least one option paid.", nameof(options));
        }

        var instalments = options.Count(o => o.IsPartialPayment);
        var paidInstalments = options.Count(o => o.IsPartialPayment && o.IsPaid);
        return paidInstalments > 0 && paidInstalments < instalments ? DebtPositionStatus.PartiallyPaid : DebtPositionStatus.Paid;
    }

    /// <summary>
    /// Whether the payments of a position have been reported: its full option is reported, or every
    /// one of its instalments is.
    /// </summary>
    public static bool IsReported(IReadOnlyList<OptionState> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var instalments = options.Where(o => o.IsPartialPayment).ToList();
        return options.Any(o => !o.IsPartialPayment && o.Status == PaymentOptionStatus.Reported)
            || (instalments.Count > 0 && instalments.All(o => o.Status == PaymentOptionStatus.Reported));
    }

    /// <summary>
    /// The recorded status of a published position from its options alone: reported, paid or
    /// partially paid as its receipts and reports say, else its publication status.
    /// </summary>
    public static DebtPositionStatus Recorded(DateOnly? validityDate, IReadOnlyList<OptionState> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (IsReported(options))
        {
            return DebtPositionStatus.Reported;
        }

        return options.Any(o => o.IsPaid) ? AfterPayment(options) : OnPublication(validityDate);
    }

    /// <summary>
    /// Whether the option at <paramref name="optionIndex"/> may be paid now, given the position's
    /// status today (<see cref="OnDate"/>). Only valid and partially paid positions take payments; a
    /// paid option, a paid full option, or a full option once an instalment is paid, refuse it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the options.</exception>
    public static PaymentRefusal CheckPayment(DebtPositionStatus statusToday, IReadOnlyList<OptionState> options, int optionIndex)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(optionIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(optionIndex, options.Count);

        var option = options[optionIndex];
        return statusToday switch
        {
            DebtPositionStatus.Paid or DebtPositionStatus.Reported => PaymentRefusal.OptionAlreadyPaid,
            // A paid option stays paid whatever the clock says of its position.
            _ when option.IsPaid => PaymentRefusal.OptionAlreadyPaid,
            DebtPositionStatus.Draft or DebtPositionStatus.Published or DebtPositionStatus.Expired or DebtPositionStatus.Invalid
                => PaymentRefusal.PositionNotPayable,
            _ when options.Any(o => !o.IsPartialPayment && o.IsPaid) => PaymentRefusal.OptionAlreadyPaid,
            DebtPositionStatus.PartiallyPaid when !option.IsPartialPayment => PaymentRefusal.OptionAlreadyPaid,
            _ => PaymentRefusal.None,
        };
    }
}
