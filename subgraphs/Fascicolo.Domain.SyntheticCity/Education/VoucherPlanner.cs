using System.Globalization;

namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>
/// Issues a textbook voucher (cedola libraria) to every primary pupil of a Genova school on 25 August;
/// families take it to a bookshop in September or October, and nearly all of them have by today.
/// </summary>
internal sealed class VoucherPlanner(DateOnly today)
{
    private const double RedeemedChance = 0.96;

    private int _vouchers;

    /// <summary>Gives the primary pupils of <paramref name="year"/> their voucher; drafts must have their ids.</summary>
    public void Plan(SchoolYear year, IEnumerable<EnrolmentDraft> drafts, IReadOnlySet<string> personaPupils)
    {
        _vouchers = 0;
        var issuedOn = new DateOnly(year.StartYear, 8, 25);
        foreach (var draft in drafts.Where(d => d.School.Order == SchoolOrder.Primary && d.Area.IsGenova))
        {
            var random = draft.Stream.Derive("voucher").Open();
            var redeemedOn = new DateOnly(year.StartYear, 9, 1).AddDays(random.Next(0, 55));
            var redeemed = redeemedOn < today && (random.Chance(RedeemedChance) || personaPupils.Contains(draft.Pupil.FiscalCode));
            draft.BookVoucher = new BookVoucher(
                string.Create(CultureInfo.InvariantCulture, $"CL-{year.StartYear}-{++_vouchers:D7}"),
                draft.Id,
                draft.Pupil.FiscalCode,
                year,
                draft.ClassYear!.Value,
                BookVoucherPrices.For(draft.ClassYear.Value),
                issuedOn,
                redeemed ? redeemedOn : null,
                redeemed ? random.Pick(ServiceProviders.Bookshops) : null);
        }
    }
}
