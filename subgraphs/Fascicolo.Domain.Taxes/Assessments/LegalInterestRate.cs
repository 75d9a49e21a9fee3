namespace Fascicolo.Domain.Taxes.Assessments;

/// <summary>The legal interest rate (tasso di interesse legale, art. 1284 c.c.) in force in a calendar year.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Percent">The yearly rate in percent, e.g. 2.5.</param>
public sealed record LegalInterestRate(int Year, decimal Percent);
