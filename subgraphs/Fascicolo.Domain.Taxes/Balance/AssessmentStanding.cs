namespace Fascicolo.Domain.Taxes.Balance;

/// <summary>An issued assessment as the balance needs it.</summary>
/// <param name="Tax">The tax it assesses.</param>
/// <param name="UnpaidTaxCents">The tax it claims (part of the year's tax).</param>
/// <param name="TotalCents">Tax, sanction and interest.</param>
/// <param name="DueDate">The last day to pay it.</param>
/// <param name="PaidOn">The day it was paid, or null.</param>
public sealed record AssessmentStanding(TaxKind Tax, long UnpaidTaxCents, long TotalCents, DateOnly DueDate, DateOnly? PaidOn)
{
    /// <summary>What it adds to the year's tax: sanction and interest.</summary>
    public long SurchargeCents => TotalCents - UnpaidTaxCents;
}
