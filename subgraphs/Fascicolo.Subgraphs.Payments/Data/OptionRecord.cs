using Fascicolo.Domain.Payments.Notices;
using Fascicolo.Domain.Payments.Positions;

namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>A row of <c>payment_option</c>: one way to pay a position, with its own notice number.</summary>
/// <param name="Iuv">The IUV (17 digits).</param>
/// <param name="Iupd">The position it belongs to.</param>
/// <param name="Ordinal">Its place among the position's options, from 1.</param>
/// <param name="OrganizationFiscalCode">The creditor that issued the notice.</param>
/// <param name="AmountCents">The amount in euro cents.</param>
/// <param name="Description">What it is, e.g. <c>Rata 1 di 2</c>.</param>
/// <param name="DueDate">The last day to pay it.</param>
/// <param name="IsPartialPayment">True for an instalment.</param>
/// <param name="Status">Its status.</param>
/// <param name="PaymentDate">When it was paid, if it was.</param>
/// <param name="LastUpdatedDate">When the row last changed.</param>
internal sealed record OptionRecord(
    string Iuv,
    string Iupd,
    int Ordinal,
    string OrganizationFiscalCode,
    long AmountCents,
    string Description,
    DateOnly DueDate,
    bool IsPartialPayment,
    PaymentOptionStatus Status,
    DateTime? PaymentDate,
    DateTime LastUpdatedDate)
{
    /// <summary>The notice number (NAV): aux digit 3 and the IUV.</summary>
    public string Nav => NoticeNumber.Aux + Iuv;

    /// <summary>What the status rules need of it.</summary>
    public OptionState State => new(IsPartialPayment, Status, DueDate, AmountCents);
}
