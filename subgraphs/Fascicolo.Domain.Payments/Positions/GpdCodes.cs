namespace Fascicolo.Domain.Payments.Positions;

/// <summary>The GPD spelling of the statuses and debtor types, as stored and as the API shows them.</summary>
public static class GpdCodes
{
    private static readonly Dictionary<string, DebtPositionStatus> PositionStatuses =
        Enum.GetValues<DebtPositionStatus>().ToDictionary(s => s.ToCode(), StringComparer.Ordinal);

    private static readonly Dictionary<string, PaymentOptionStatus> OptionStatuses =
        Enum.GetValues<PaymentOptionStatus>().ToDictionary(s => s.ToCode(), StringComparer.Ordinal);

    private static readonly Dictionary<string, TransferStatus> TransferStatuses =
        Enum.GetValues<TransferStatus>().ToDictionary(s => s.ToCode(), StringComparer.Ordinal);

    /// <summary>E.g. <c>PARTIALLY_PAID</c>.</summary>
    public static string ToCode(this DebtPositionStatus status) => status switch
    {
        DebtPositionStatus.Draft => "DRAFT",
        DebtPositionStatus.Published => "PUBLISHED",
        DebtPositionStatus.Valid => "VALID",
        DebtPositionStatus.PartiallyPaid => "PARTIALLY_PAID",
        DebtPositionStatus.Paid => "PAID",
        DebtPositionStatus.Reported => "REPORTED",
        DebtPositionStatus.Expired => "EXPIRED",
        DebtPositionStatus.Invalid => "INVALID",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>E.g. <c>PO_PAID</c>.</summary>
    public static string ToCode(this PaymentOptionStatus status) => status switch
    {
        PaymentOptionStatus.Unpaid => "PO_UNPAID",
        PaymentOptionStatus.Paid => "PO_PAID",
        PaymentOptionStatus.PartiallyReported => "PO_PARTIALLY_REPORTED",
        PaymentOptionStatus.Reported => "PO_REPORTED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>E.g. <c>T_REPORTED</c>.</summary>
    public static string ToCode(this TransferStatus status) => status switch
    {
        TransferStatus.Unreported => "T_UNREPORTED",
        TransferStatus.Reported => "T_REPORTED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary><c>F</c> or <c>G</c>.</summary>
    public static string ToCode(this DebtorType type) => type switch
    {
        DebtorType.NaturalPerson => "F",
        DebtorType.LegalPerson => "G",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The status a code such as <c>PARTIALLY_PAID</c> names.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a GPD position status.</exception>
    public static DebtPositionStatus ParseDebtPositionStatus(string code) =>
        PositionStatuses.TryGetValue(code, out var status) ? status : throw new ArgumentOutOfRangeException(nameof(code), code, "Not a GPD position status.");

    /// <summary>The status a code such as <c>PO_PAID</c> names.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a GPD option status.</exception>
    public static PaymentOptionStatus ParsePaymentOptionStatus(string code) =>
        OptionStatuses.TryGetValue(code, out var status) ? status : throw new ArgumentOutOfRangeException(nameof(code), code, "Not a GPD payment option status.");

    /// <summary>The status a code such as <c>T_REPORTED</c> names.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a GPD transfer status.</exception>
    public static TransferStatus ParseTransferStatus(string code) =>
        TransferStatuses.TryGetValue(code, out var status) ? status : throw new ArgumentOutOfRangeException(nameof(code), code, "Not a GPD transfer status.");

    /// <summary>The debtor type a code (<c>F</c> or <c>G</c>) names.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Neither <c>F</c> nor <c>G</c>.</exception>
    public static DebtorType ParseDebtorType(string code) => code switch
    {
        "F" => DebtorType.NaturalPerson,
        "G" => DebtorType.LegalPerson,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a GPD debtor type."),
    };

    /// <summary>
    /// The debtor type of a fiscal code by its shape: 11 characters (a company's or public body's
    /// numeric code) is <c>G</c>; anything else (a person's 16 characters) is <c>F</c>.
    /// </summary>
    public static DebtorType DebtorTypeOf(string fiscalCode)
    {
        ArgumentNullException.ThrowIfNull(fiscalCode);
        return fiscalCode.Length == 11 ? DebtorType.LegalPerson : DebtorType.NaturalPerson;
    }
}
