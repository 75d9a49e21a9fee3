using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Domain.SyntheticCity.Isee;
using Fascicolo.Domain.SyntheticCity.Ledger;

namespace Fascicolo.Subgraphs.Education.Tests.Domain;

/// <summary>The canteen of the generated city: fees from ISEE and siblings, bills from attendance, the ledger from bills.</summary>
public sealed class CanteenGenerationTests
{
    private static City City => GeneratedCities.Default;

    private static IEnumerable<Enrolment> CanteenUsers => City.Enrolments().Where(e => e.Canteen is not null);

    [Fact]
    public void Band_Should_ComeFromTheHouseholdsIseeOnTheThirtyFirstOfMarch_When_AChildUsesTheCanteen()
    {
        Assert.All(CanteenUsers, e =>
        {
            var household = City.FindResident(e.PupilFiscalCode)!.HouseholdId;
            var isee = City.CurrentIsee(household, CanteenTariff.IseeAssessmentDate(e.SchoolYear, City.Options.ReferenceDate));
            Assert.Equal(CanteenTariff.BandFor(isee?.IseeCents), e.Canteen!.Band);
            Assert.Equal(isee?.Protocol, e.Canteen.IseeProtocol);
        });
        Assert.Contains(CanteenUsers, e => e.Canteen!.IseeProtocol is null && e.Canteen.Band.Code == "G");
    }

    [Fact]
    public void SiblingOrdinals_Should_NumberAHouseholdsCanteenUsersEldestFirst_When_Generated()
    {
        var groups = CanteenUsers.GroupBy(e => (City.FindResident(e.PupilFiscalCode)!.HouseholdId, e.SchoolYear)).ToList();

        Assert.Contains(groups, g => g.Count() > 1);
        Assert.All(groups, g =>
        {
            var ordered = g.OrderBy(e => City.FindResident(e.PupilFiscalCode)!.BirthDate).ThenBy(e => e.PupilFiscalCode, StringComparer.Ordinal).ToList();
            Assert.Equal(Enumerable.Range(1, ordered.Count), ordered.Select(e => e.Canteen!.SiblingOrdinal));
            Assert.All(ordered, e => Assert.Equal(CanteenTariff.MealFeeCents(e.Canteen!.Band, e.Canteen.SiblingOrdinal), e.Canteen.MealFeeCents));
        });
    }

    [Fact]
    public void Bills_Should_ChargeTheMealsOfTheirTwoMonthsAtTheChildsFee_When_Issued()
    {
        Assert.All(CanteenUsers, e => Assert.All(e.Canteen!.Bills, bill =>
        {
            var meals = e.Canteen.Months.Where(m => m.Month >= bill.PeriodStart && m.Month <= bill.PeriodEnd).Sum(m => m.Meals);
            Assert.Equal(meals, bill.Meals);
            Assert.Equal(e.Canteen.MealFeeCents, bill.MealFeeCents);
            Assert.Equal(bill.Meals * bill.MealFeeCents, bill.AmountCents);
            Assert.True(bill.IssuedOn <= City.Options.ReferenceDate);
            Assert.True(bill.PaidOn is null || (bill.PaidOn > bill.IssuedOn && bill.PaidOn < City.Options.ReferenceDate));
        }));
    }

    [Fact]
    public void Attendance_Should_CountOnlyServedDaysBeforeToday_When_Generated()
    {
        Assert.All(CanteenUsers, e => Assert.All(e.Canteen!.Months, m =>
        {
            Assert.All(m.ServiceDays, d => Assert.True(d < City.Options.ReferenceDate && SchoolCalendar.IsSchoolDay(e.SchoolYear, e.Order, d)));
            Assert.All(m.Absences, d => Assert.Contains(d, m.ServiceDays));
            Assert.Equal(m.ServiceDays.Count - m.Absences.Count, m.Meals);
        }));
    }

    [Fact]
    public void Ledger_Should_HoldOneCanteenDebtPerBillWithTheSameAmount_When_TheCityIsBilled()
    {
        var debts = City.PaymentsDue().Where(p => p.Service == PaymentService.SchoolCanteen).ToDictionary(p => p.Iupd);
        var bills = City.CanteenBills();

        Assert.NotEmpty(bills);
        Assert.Equal(bills.Count, debts.Count);
        Assert.All(bills, bill =>
        {
            var debt = debts[bill.Iupd];
            var option = Assert.Single(debt.Options);
            Assert.Equal(bill.AmountCents, option.AmountCents);
            Assert.Equal(bill.DueOn, option.DueDate);
            Assert.Equal(bill.PaidOn, option.PaidOn);
            Assert.Equal(bill.PayerFiscalCode, debt.DebtorFiscalCode);
            Assert.Equal(Creditors.ComuneDiGenova, debt.CreditorFiscalCode);
            Assert.Equal(bill.IssuedOn, debt.PublishedOn);
            Assert.Equal(Iupds.Format(PaymentService.SchoolCanteen, debt.Year, int.Parse(bill.Iupd[^7..], System.Globalization.CultureInfo.InvariantCulture)), bill.Iupd);
            Assert.InRange(debt.Description.Length, 1, 140);
        });
        Assert.Contains(bills, b => b.PaidOn is null);
        Assert.Contains(bills, b => b.PaidOn is not null);
    }

    [Fact]
    public void Diets_Should_CarryACertificateExactlyWhenMedical_When_Served()
    {
        var diets = City.Enrolments().SelectMany(e => e.Diets.Select(d => (Enrolment: e, Diet: d))).ToList();

        Assert.NotEmpty(diets);
        Assert.All(diets, x =>
        {
            Assert.NotNull(x.Enrolment.Canteen);
            Assert.Equal(x.Diet.Kind == SpecialDietKind.Medical, x.Diet.Certificate is not null);
            Assert.Equal(SpecialDiets.Get(x.Diet.Code).Kind, x.Diet.Kind);
            Assert.Equal(SchoolCalendar.CanteenStart(x.Enrolment.SchoolYear, x.Enrolment.Order), x.Diet.StartsOn);
        });
    }

    [Fact]
    public void BookVouchers_Should_PayTheClassYearsBooks_When_APrimaryPupilOfGenovaGetsOne()
    {
        Assert.All(City.Enrolments(), e =>
        {
            var expected = e.Order == SchoolOrder.Primary && City.FindSchool(e.SchoolCode)!.MunicipalityCode == "D969";
            Assert.Equal(expected, e.BookVoucher is not null);
            if (e.BookVoucher is { } voucher)
            {
                Assert.Equal(BookVoucherPrices.For(e.ClassYear!.Value), voucher.Items);
                Assert.Equal(voucher.Items.Sum(i => i.PriceCents), voucher.AmountCents);
                Assert.Equal(voucher.RedeemedOn is null, voucher.Bookshop is null);
            }
        });
    }
}
