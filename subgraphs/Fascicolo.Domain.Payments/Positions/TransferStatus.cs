namespace Fascicolo.Domain.Payments.Positions;

/// <summary>Whether a transfer has been reported to its beneficiary (GPD <c>T_UNREPORTED</c>, <c>T_REPORTED</c>).</summary>
public enum TransferStatus
{
    /// <summary>Not reported yet (unpaid, or paid and awaiting the reporting flow).</summary>
    Unreported,

    /// <summary>Included in a reporting flow (flusso di rendicontazione) to the beneficiary.</summary>
    Reported,
}
