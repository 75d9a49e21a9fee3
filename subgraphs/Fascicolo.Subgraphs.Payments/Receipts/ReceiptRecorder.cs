using Fascicolo.Domain.Payments.Positions;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Payments.Data;
using Npgsql;

namespace Fascicolo.Subgraphs.Payments.Receipts;

/// <summary>
/// Records a receipt as the nodo reports a successful payment, in one transaction: the receipt, the
/// option's status and the position's status and payment date are written together or not at all.
/// </summary>
/// <remarks>
/// <para>Concurrency: the position's row is locked (<c>for update</c>) before anything is read or
/// checked, so receipts for any option of one position are recorded one after the other, and each
/// sees the previous one's result (two instalments paid at once leave the position PAID, not
/// PARTIALLY_PAID twice; two receipts for one option record one and refuse the other). The unique
/// keys on <c>receipt_id</c> and <c>iuv</c> stand behind the lock.</para>
/// <para>Idempotency: a receipt id already recorded with the same content returns the stored
/// receipt and writes nothing; with different content it is a <c>RECEIPT_CONFLICT</c>.</para>
/// </remarks>
internal sealed partial class ReceiptRecorder(NpgsqlDataSource dataSource, PaymentsClock clock)
{
    /// <summary>Records the receipt, or returns the one already recorded under its id with the same content.</summary>
    /// <exception cref="CodedError">
    /// <c>NOTICE_NOT_FOUND</c>, <c>RECEIPT_CONFLICT</c>, <c>POSITION_NOT_PAYABLE</c>, <c>OPTION_ALREADY_PAID</c>
    /// or <c>AMOUNT_MISMATCH</c>; nothing is written.
    /// </exception>
    public async Task<ReceiptRecord> RecordAsync(ReceiptRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await RecordOnceAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation && exception.ConstraintName == "receipt_pkey")
        {
            // The same id was being recorded for another position (whose lock we did not wait for):
            // now that it is committed, this request is a replay or a conflict.
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var existing = await FindReceiptAsync(connection, null, request.ReceiptId, cancellationToken).ConfigureAwait(false);
            return existing is null ? throw new InvalidOperationException("A receipt id violated its key but cannot be found.", exception) : Replay(request, existing);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation && exception.ConstraintName == "receipt_iuv_key")
        {
            throw AlreadyPaid(request);
        }
    }

    private async Task<ReceiptRecord> RecordOnceAsync(ReceiptRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // Disposing an uncommitted transaction rolls it back: every early return and throw below writes nothing.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        var iupd = await LockPositionAsync(connection, transaction, request, cancellationToken).ConfigureAwait(false)
            ?? throw new CodedError(
                PaymentsErrorCodes.NoticeNotFound,
                $"No notice {request.Notice.Value} was issued by the creditor {request.OrganizationFiscalCode}.");

        if (await FindReceiptAsync(connection, transaction, request.ReceiptId, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return Replay(request, existing);
        }

        var position = await ReadPositionAsync(connection, transaction, iupd, cancellationToken).ConfigureAwait(false);
        var index = position.Options.ToList().FindIndex(o => o.Iuv == request.Notice.Iuv);
        var option = position.Options[index];
        CheckPayable(request, position, index);
        if (option.AmountCents != request.AmountCents)
        {
            throw new CodedError(
                PaymentsErrorCodes.AmountMismatch,
                $"The notice {request.Notice.Value} is for {option.AmountCents} cents, the receipt says {request.AmountCents}.",
                new Dictionary<string, object?> { ["expectedCents"] = option.AmountCents, ["receivedCents"] = request.AmountCents });
        }

        var now = clock.Now.UtcDateTime;
        var receipt = new ReceiptRecord(
            request.ReceiptId, option.Iuv, iupd, request.OrganizationFiscalCode, position.DebtorFiscalCode, request.AmountCents,
            request.FeeCents, request.PaymentMethod, request.PaymentDateTime, request.PspId, request.PspCompanyName,
            request.PayerFiscalCode, request.PayerFullName, now);
        var states = position.Options.Select(o => o.Iuv == option.Iuv ? o.State with { Status = PaymentOptionStatus.Paid } : o.State).ToList();
        var status = DebtPositionStatusRules.AfterPayment(states);

        await InsertReceiptAsync(connection, transaction, receipt, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, UpdateOptionSql, cancellationToken,
            ("status", PaymentOptionStatus.Paid.ToCode()), ("paidAt", request.PaymentDateTime), ("now", now), ("iuv", option.Iuv)).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, UpdatePositionSql, cancellationToken,
            ("status", status.ToCode()),
            ("paymentDate", status == DebtPositionStatus.Paid ? request.PaymentDateTime : DBNull.Value),
            ("now", now),
            ("iupd", iupd)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return receipt;
    }

    private void CheckPayable(ReceiptRequest request, PositionRecord position, int index)
    {
        var statusToday = position.StatusOn(clock.Today);
        switch (DebtPositionStatusRules.CheckPayment(statusToday, position.OptionStates, index))
        {
            case PaymentRefusal.None:
                return;
            case PaymentRefusal.OptionAlreadyPaid:
                throw AlreadyPaid(request);
            case PaymentRefusal.PositionNotPayable:
                throw new CodedError(
                    PaymentsErrorCodes.PositionNotPayable,
                    $"The position {position.Iupd} of the notice {request.Notice.Value} does not take payments: it is {statusToday.ToCode()}.",
                    new Dictionary<string, object?> { ["reason"] = statusToday.ToCode() });
            default:
                throw new InvalidOperationException("Unknown payment refusal.");
        }
    }

    private static ReceiptRecord Replay(ReceiptRequest request, ReceiptRecord existing) =>
        request.SameAs(existing)
            ? existing
            : throw new CodedError(
                PaymentsErrorCodes.ReceiptConflict,
                $"The receipt {request.ReceiptId} was already recorded with different content (notice {existing.NoticeNumber}).");

    private static CodedError AlreadyPaid(ReceiptRequest request) =>
        new(PaymentsErrorCodes.OptionAlreadyPaid, $"The notice {request.Notice.Value}, or its position through another option, is already paid.");
}
