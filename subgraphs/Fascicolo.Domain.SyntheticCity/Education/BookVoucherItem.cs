namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>A textbook a book voucher pays for, at the cover price the Ministry sets for the class year.</summary>
/// <param name="Title">The kind of book, e.g. <c>Sussidiario delle discipline</c>.</param>
/// <param name="PriceCents">Its cover price in cents.</param>
public sealed record BookVoucherItem(string Title, long PriceCents);
