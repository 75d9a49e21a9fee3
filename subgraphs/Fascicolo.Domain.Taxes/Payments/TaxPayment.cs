namespace Fascicolo.Domain.Taxes.Payments;

/// <summary>A payment (versamento) of a tax instalment.</summary>
/// <param name="Tax">The tax.</param>
/// <param name="Year">The tax year paid for.</param>
/// <param name="Instalment">The instalment paid (IMU: 1 deposit, 2 balance; TARI: 1 to 3).</param>
/// <param name="AmountCents">The amount paid, above zero.</param>
/// <param name="PaidOn">The day it was paid.</param>
/// <param name="Channel">How it was paid.</param>
public sealed record TaxPayment(TaxKind Tax, int Year, int Instalment, long AmountCents, DateOnly PaidOn, TaxPaymentChannel Channel);
