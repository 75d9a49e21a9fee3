using System.Text.RegularExpressions;
using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.Payments.Notices;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Payments.Data;

namespace Fascicolo.Subgraphs.Payments.Receipts;

/// <summary>
/// The <c>PaymentReceiptInput</c> of <c>recordPaymentReceipt</c> as the client sent it: what a PSP
/// reports to the nodo when a payment succeeds (<c>sendPaymentOutcome</c>, outcome OK).
/// <see cref="Validate"/> checks every field before anything touches the database.
/// </summary>
internal sealed partial class PaymentReceiptInput
{
    /// <summary>The longest receipt id (pagoPA: 35 characters).</summary>
    public const int MaxReceiptIdLength = 35;

    /// <summary>The longest PSP id.</summary>
    public const int MaxPspIdLength = 35;

    /// <summary>The longest PSP or payer name.</summary>
    public const int MaxNameLength = 70;

    // A receipt dated a little ahead of our clock is clock skew between the PSP and us, not a lie.
    private static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The PSP's receipt id.</summary>
    public string ReceiptId { get; set; } = string.Empty;

    /// <summary>The notice number (NAV) paid.</summary>
    public string NoticeNumber { get; set; } = string.Empty;

    /// <summary>The creditor's fiscal code.</summary>
    public string OrganizationFiscalCode { get; set; } = string.Empty;

    /// <summary>What was paid to the creditor, in cents.</summary>
    public long PaymentAmountCents { get; set; }

    /// <summary>The PSP's fee, in cents.</summary>
    public long FeeCents { get; set; }

    /// <summary>How the payer paid.</summary>
    public ReceiptPaymentMethod PaymentMethod { get; set; }

    /// <summary>When the payment was made.</summary>
    public DateTime PaymentDateTime { get; set; }

    /// <summary>The PSP's identifier on the nodo.</summary>
    public string PspId { get; set; } = string.Empty;

    /// <summary>The PSP's name.</summary>
    public string PspCompanyName { get; set; } = string.Empty;

    /// <summary>The payer's fiscal code, when reported.</summary>
    public string? PayerFiscalCode { get; set; }

    /// <summary>The payer's name, when reported.</summary>
    public string? PayerFullName { get; set; }

    /// <summary>Checks every field and returns the request to record.</summary>
    /// <param name="now">The current instant: a payment cannot be dated after it.</param>
    /// <exception cref="CodedError">A field is invalid; the code names the kind of error, <c>extensions.field</c> the field.</exception>
    public ReceiptRequest Validate(DateTimeOffset now)
    {
        var receiptId = ReceiptId.Trim();
        if (receiptId.Length is 0 or > MaxReceiptIdLength || !ReceiptIdPattern().IsMatch(receiptId))
        {
            throw Invalid(PaymentsErrorCodes.InvalidReceiptId, "receiptId", "MALFORMED",
                $"'receiptId' must be 1 to {MaxReceiptIdLength} letters, digits or hyphens.");
        }

        if (!Domain.Payments.Notices.NoticeNumber.TryParse(NoticeNumber, out var notice, out var noticeError))
        {
            throw Invalid(PaymentsErrorCodes.InvalidNoticeNumber, "noticeNumber", noticeError.ToCode(), noticeError.Describe());
        }

        if (!CompanyFiscalCode.TryParse(OrganizationFiscalCode, out var organization, out var organizationError))
        {
            throw Invalid(PaymentsErrorCodes.InvalidOrganizationFiscalCode, "organizationFiscalCode", organizationError.ToCode(), organizationError.Describe());
        }

        if (PaymentAmountCents <= 0)
        {
            throw Invalid(PaymentsErrorCodes.InvalidAmount, "paymentAmountCents", "NOT_POSITIVE", "'paymentAmountCents' must be above zero.");
        }

        if (FeeCents < 0)
        {
            throw Invalid(PaymentsErrorCodes.InvalidAmount, "feeCents", "NEGATIVE", "'feeCents' must not be negative.");
        }

        var paidAt = PaymentDateTime.Kind == DateTimeKind.Unspecified
            ? DateTime.SpecifyKind(PaymentDateTime, DateTimeKind.Utc)
            : PaymentDateTime.ToUniversalTime();
        if (paidAt > now.UtcDateTime + AllowedClockSkew)
        {
            throw Invalid(PaymentsErrorCodes.InvalidPaymentDateTime, "paymentDateTime", "IN_THE_FUTURE", "'paymentDateTime' is in the future.");
        }

        var pspId = Required(PspId, "pspId", MaxPspIdLength);
        var pspName = Required(PspCompanyName, "pspCompanyName", MaxNameLength);
        var payer = PayerCode();
        var payerName = PayerFullName?.Trim() is { Length: > 0 } name ? name : null;
        if (payerName?.Length > MaxNameLength)
        {
            throw Invalid(PaymentsErrorCodes.InvalidPayerName, "payerFullName", "TOO_LONG", $"'payerFullName' must be at most {MaxNameLength} characters.");
        }

        return new ReceiptRequest(
            receiptId, notice, organization.Value, PaymentAmountCents, FeeCents, PaymentMethod, paidAt, pspId, pspName, payer, payerName);
    }

    private string? PayerCode() =>
        string.IsNullOrWhiteSpace(PayerFiscalCode) ? null : DebtorFiscalCodes.Validate(PayerFiscalCode, "payerFiscalCode");

    private static string Required(string value, string field, int maxLength)
    {
        var trimmed = value.Trim();
        return trimmed.Length > 0 && trimmed.Length <= maxLength
            ? trimmed
            : throw Invalid(PaymentsErrorCodes.InvalidPsp, field, trimmed.Length == 0 ? "EMPTY" : "TOO_LONG",
                $"'{field}' must be 1 to {maxLength} characters.");
    }

    private static CodedError Invalid(string code, string field, string reason, string message) =>
        new(code, message, new Dictionary<string, object?> { ["field"] = field, ["reason"] = reason });

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex ReceiptIdPattern();
}
