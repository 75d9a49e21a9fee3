using Fascicolo.Domain.Taxes;

namespace Fascicolo.Domain.SyntheticCity.Taxes;

/// <summary>A refund (rimborso) of what a taxpayer paid beyond a year's tax.</summary>
/// <param name="Id">Stable id, e.g. <c>RIM-IMU-2024-0000001</c>.</param>
/// <param name="FiscalCode">The taxpayer.</param>
/// <param name="Tax">The tax overpaid.</param>
/// <param name="Year">The tax year overpaid.</param>
/// <param name="AmountCents">The amount overpaid, to be refunded.</param>
/// <param name="RequestedOn">The day the taxpayer asked for it (istanza di rimborso), or null when not yet asked.</param>
/// <param name="PaidOn">The day the city paid it, or null.</param>
public sealed record CityTaxRefund(string Id, string FiscalCode, TaxKind Tax, int Year, long AmountCents, DateOnly? RequestedOn, DateOnly? PaidOn);
