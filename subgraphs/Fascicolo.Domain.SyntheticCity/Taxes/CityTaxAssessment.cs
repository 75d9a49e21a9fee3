using Fascicolo.Domain.Taxes;
using Fascicolo.Domain.Taxes.Assessments;

namespace Fascicolo.Domain.SyntheticCity.Taxes;

/// <summary>An assessment (avviso di accertamento) the city notified for an unpaid, short-paid or late-paid year.</summary>
/// <param name="Id">Stable id, e.g. <c>AVV-TARI-2024-0000001</c>.</param>
/// <param name="Iupd">The pagoPA debt position it is paid through; see <see cref="Ledger.Iupds"/>.</param>
/// <param name="FiscalCode">The taxpayer.</param>
/// <param name="Tax">The tax assessed.</param>
/// <param name="Year">The tax year assessed.</param>
/// <param name="Amounts">What it claims, computed by <see cref="TaxAssessmentCalculator"/>.</param>
/// <param name="PaidOn">The day it was paid in full, or null while unpaid.</param>
public sealed record CityTaxAssessment(string Id, string Iupd, string FiscalCode, TaxKind Tax, int Year, TaxAssessmentAmounts Amounts, DateOnly? PaidOn);
