using Fascicolo.Domain.Taxes;
using Fascicolo.Domain.Taxes.Assessments;
using Fascicolo.Domain.Taxes.Imu;
using Fascicolo.Domain.Taxes.Payments;
using Fascicolo.Domain.Taxes.Tari;

namespace Fascicolo.Domain.SyntheticCity.Taxes;

/// <summary>Everything the city knows about one taxpayer over the tax years.</summary>
internal sealed record TaxpayerAccount(string FiscalCode, List<TaxpayerHolding> Holdings, List<TariOccupancy> Occupancies, List<TaxpayerYear> Years);

/// <summary>One tax year of a taxpayer: what was due, what was paid, and what followed.</summary>
internal sealed record TaxpayerYear(int Year, ImuYear Imu, TariBill? Tari, List<TaxPayment> Payments, List<DraftAssessment> Assessments, List<DraftRefund> Refunds);

/// <summary>An assessment before the register numbers it.</summary>
internal sealed record DraftAssessment(TaxKind Tax, int Year, TaxAssessmentAmounts Amounts, DateOnly? PaidOn);

/// <summary>A refund before the register numbers it.</summary>
internal sealed record DraftRefund(TaxKind Tax, int Year, long AmountCents, DateOnly? RequestedOn, DateOnly? PaidOn);
