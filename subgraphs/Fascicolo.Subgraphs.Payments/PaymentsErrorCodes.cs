namespace Fascicolo.Subgraphs.Payments;

/// <summary>The <c>extensions.code</c> values the payments subgraph produces (besides the kit's).</summary>
internal static class PaymentsErrorCodes
{
    /// <summary>A notice number (NAV) is malformed or its check digits are wrong; <c>extensions.reason</c> says which.</summary>
    public const string InvalidNoticeNumber = "INVALID_NOTICE_NUMBER";

    /// <summary>A well-formed notice number that no creditor of the hub issued (or another creditor's).</summary>
    public const string NoticeNotFound = "NOTICE_NOT_FOUND";

    /// <summary>A creditor (organisation) fiscal code is not a valid 11-digit code; <c>extensions.reason</c> says why.</summary>
    public const string InvalidOrganizationFiscalCode = "INVALID_ORGANIZATION_FISCAL_CODE";

    /// <summary>A payer's name is too long.</summary>
    public const string InvalidPayerName = "INVALID_PAYER_NAME";

    /// <summary>An amount is zero or negative where it must be positive, or a fee is negative.</summary>
    public const string InvalidAmount = "INVALID_AMOUNT";

    /// <summary>The amount paid differs from the option's amount; <c>extensions.expectedCents</c> and <c>receivedCents</c>.</summary>
    public const string AmountMismatch = "AMOUNT_MISMATCH";

    /// <summary>The option, or its position through another option, is already paid.</summary>
    public const string OptionAlreadyPaid = "OPTION_ALREADY_PAID";

    /// <summary>The position does not take payments now (draft, not yet valid, expired, cancelled); <c>extensions.reason</c> is its status.</summary>
    public const string PositionNotPayable = "POSITION_NOT_PAYABLE";

    /// <summary>A receipt with this id was already recorded with different content.</summary>
    public const string ReceiptConflict = "RECEIPT_CONFLICT";

    /// <summary>A receipt id is empty, too long, or has characters other than letters, digits and hyphens.</summary>
    public const string InvalidReceiptId = "INVALID_RECEIPT_ID";

    /// <summary>The payment date-time is in the future.</summary>
    public const string InvalidPaymentDateTime = "INVALID_PAYMENT_DATE_TIME";

    /// <summary>The PSP id or name is empty or too long.</summary>
    public const string InvalidPsp = "INVALID_PSP";
}
