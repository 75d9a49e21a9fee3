using Fascicolo.Domain.Taxes.Payments;

namespace Fascicolo.Domain.SyntheticCity.Taxes;

/// <summary>A payment (versamento) a taxpayer made.</summary>
/// <param name="FiscalCode">Who paid.</param>
/// <param name="Payment">What, for which instalment, when and how.</param>
public sealed record TaxpayerPayment(string FiscalCode, TaxPayment Payment);
