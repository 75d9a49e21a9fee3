using Fascicolo.Domain.SyntheticCity.Isee;
using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>
/// Gives the canteen users of one school year their fee (the household's ISEE band, less the sibling
/// discount by age, eldest first), their attendance of every month served before today and the
/// two-monthly bills issued by today (on the 10th of the month after each period, due 30 days later).
/// </summary>
internal sealed class CanteenPlanner(City city, DateOnly today)
{
    private const int BillIssueDay = 10;
    private const int DaysToPay = 30;
    private const int MonthsPerBill = 2;
    private const double SpellOfIllnessChance = 0.25;
    private const double PaidWhenDueChance = 0.93;
    private const double PaidEarlyChance = 0.5;

    private readonly Dictionary<(SchoolYear, SchoolOrder), IReadOnlyList<(DateOnly Month, DateOnly[] Days)>> _serviceDays = [];
    private int _bills;

    /// <summary>Plans the canteen of every draft of <paramref name="year"/> that uses it; drafts must have their ids.</summary>
    public void Plan(SchoolYear year, IEnumerable<EnrolmentDraft> drafts, IReadOnlySet<string> personaPupils)
    {
        // Positions are numbered per school year: MENSA-2025-0000001 onwards.
        _bills = 0;
        var iseeDate = CanteenTariff.IseeAssessmentDate(year, today);
        foreach (var household in drafts.Where(d => d.UsesCanteen).GroupBy(d => d.Pupil.HouseholdId, StringComparer.Ordinal))
        {
            var isee = city.CurrentIsee(household.Key, iseeDate);
            var band = CanteenTariff.BandFor(isee?.IseeCents);
            var payer = city.FindHousehold(household.Key)!.HeadFiscalCode;
            var ordinal = 0;
            foreach (var draft in household.OrderBy(d => d.Pupil.BirthDate).ThenBy(d => d.Pupil.FiscalCode, StringComparer.Ordinal))
            {
                ordinal++;
                var fee = CanteenTariff.MealFeeCents(band, ordinal);
                var months = Attendance(draft);
                var bills = Bills(draft, months, fee, payer, personaPupils.Contains(draft.Pupil.FiscalCode));
                draft.Canteen = new CanteenEnrolment(band, isee?.Protocol, ordinal, fee, payer, months, bills);
            }
        }
    }

    private List<CanteenAttendanceMonth> Attendance(EnrolmentDraft draft)
    {
        var months = new List<CanteenAttendanceMonth>();
        var stream = draft.Stream.Derive("canteen");
        foreach (var (month, days) in ServiceDays(draft.Year, draft.School.Order))
        {
            months.Add(new CanteenAttendanceMonth(month, days, Absences(days, draft.Profile.AbsenceRate, stream.Derive(month.Month).Open())));
        }

        return months;
    }

    // The canteen's days of a school and year served before today, month by month; the same for every
    // child of the order, so worked out once (and the lists shared, as they are read-only).
    private IReadOnlyList<(DateOnly Month, DateOnly[] Days)> ServiceDays(SchoolYear year, SchoolOrder order)
    {
        if (!_serviceDays.TryGetValue((year, order), out var months))
        {
            var lastServed = Min(today.AddDays(-1), SchoolCalendar.LastDay(year, order));
            months = [.. SchoolCalendar.CanteenDays(year, order, year.FirstDay, lastServed)
                .GroupBy(day => new DateOnly(day.Year, day.Month, 1))
                .Select(g => (g.Key, g.ToArray()))];
            _serviceDays[(year, order)] = months;
        }

        return months;
    }

    // Odd days off, and now and then a spell of illness of two to five service days.
    private static DateOnly[] Absences(DateOnly[] days, double rate, SplitMix64 random)
    {
        var absent = new bool[days.Length];
        if (random.Chance(SpellOfIllnessChance))
        {
            var start = random.Next(days.Length);
            var length = random.Next(2, 5);
            for (var i = start; i < Math.Min(days.Length, start + length); i++)
            {
                absent[i] = true;
            }
        }

        for (var i = 0; i < days.Length; i++)
        {
            absent[i] |= random.Chance(rate);
        }

        return [.. days.Where((_, i) => absent[i])];
    }

    private List<CanteenBill> Bills(EnrolmentDraft draft, IReadOnlyList<CanteenAttendanceMonth> months, long fee, string payer, bool isPersona)
    {
        var bills = new List<CanteenBill>();
        var stream = draft.Stream.Derive("bills");
        for (var start = draft.Year.FirstDay; start < draft.Year.LastDay; start = start.AddMonths(MonthsPerBill))
        {
            var end = start.AddMonths(MonthsPerBill).AddDays(-1);
            var issuedOn = new DateOnly(end.Year, end.Month, BillIssueDay).AddMonths(1);
            if (issuedOn > today)
            {
                break;
            }

            var meals = months.Where(m => m.Month >= start && m.Month <= end).Sum(m => m.Meals);
            if (meals == 0)
            {
                continue;
            }

            var dueOn = issuedOn.AddDays(DaysToPay);
            var paidOn = PaidOn(issuedOn, dueOn, isPersona, stream.Derive(start.Month).Open());
            var iupd = Iupds.Format(PaymentService.SchoolCanteen, draft.Year.StartYear, ++_bills);
            bills.Add(new CanteenBill(iupd, draft.Id, draft.Pupil.FiscalCode, payer, start, end, meals, fee, issuedOn, dueOn, paidOn));
        }

        return bills;
    }

    // Most families pay by the due date, some a little late, a few not at all; persona bills are all paid.
    private DateOnly? PaidOn(DateOnly issuedOn, DateOnly dueOn, bool isPersona, SplitMix64 random)
    {
        var isDue = dueOn < today;
        var pays = random.Chance(isDue ? PaidWhenDueChance : PaidEarlyChance) || isPersona;
        var latest = Min(today.AddDays(-1), dueOn.AddDays(15));
        var span = latest.DayNumber - issuedOn.DayNumber;
        return pays && span >= 1 ? issuedOn.AddDays(random.Next(1, span)) : null;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
