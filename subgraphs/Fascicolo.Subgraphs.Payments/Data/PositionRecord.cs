using Fascicolo.Domain.Payments.Positions;

namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>A row of <c>payment_position</c> with its options (in ordinal order): a GPD debt position.</summary>
/// <param name="Iupd">The creditor's id of the position.</param>
/// <param name="Service">What it is for.</param>
/// <param name="OrganizationFiscalCode">The creditor's fiscal code.</param>
/// <param name="CompanyName">The creditor's name.</param>
/// <param name="OfficeName">The creditor's office in charge, if known.</param>
/// <param name="DebtorType">A person (F) or a company (G).</param>
/// <param name="DebtorFiscalCode">The debtor's fiscal code.</param>
/// <param name="DebtorFullName">The debtor's name.</param>
/// <param name="Description">The causale shown to the debtor.</param>
/// <param name="PublishDate">When it was published; null for a draft.</param>
/// <param name="ValidityDate">When it becomes payable; null when payable on publication.</param>
/// <param name="SwitchToExpired">Whether it expires after its last due date.</param>
/// <param name="RecordedStatus">The status events recorded (see the migration): read it through <see cref="StatusOn"/>.</param>
/// <param name="PaymentDate">When the payment that settled it was made.</param>
/// <param name="LastUpdatedDate">When the row last changed.</param>
/// <param name="Options">Its payment options, in ordinal order.</param>
internal sealed record PositionRecord(
    string Iupd,
    PaymentService Service,
    string OrganizationFiscalCode,
    string CompanyName,
    string? OfficeName,
    DebtorType DebtorType,
    string DebtorFiscalCode,
    string DebtorFullName,
    string Description,
    DateOnly? PublishDate,
    DateOnly? ValidityDate,
    bool SwitchToExpired,
    DebtPositionStatus RecordedStatus,
    DateTime? PaymentDate,
    DateTime LastUpdatedDate,
    IReadOnlyList<OptionRecord> Options)
{
    /// <summary>The options as the status rules see them.</summary>
    public IReadOnlyList<OptionState> OptionStates => [.. Options.Select(o => o.State)];

    /// <summary>The debt, what was paid, what is left and by when.</summary>
    public PositionAmounts Amounts => PositionAmounts.Of(OptionStates);

    /// <summary>The status on a day: the recorded one with GPD's clock transitions applied.</summary>
    public DebtPositionStatus StatusOn(DateOnly today) =>
        DebtPositionStatusRules.OnDate(RecordedStatus, ValidityDate, SwitchToExpired, Amounts.MaxDueDate, today);
}
