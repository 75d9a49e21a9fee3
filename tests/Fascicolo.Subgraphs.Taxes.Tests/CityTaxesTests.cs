using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Domain.SyntheticCity.Properties;
using Fascicolo.Domain.SyntheticCity.Taxes;
using Fascicolo.Domain.Taxes;
using Fascicolo.Domain.Taxes.Assessments;
using Fascicolo.Domain.Taxes.Imu;
using Fascicolo.Domain.Taxes.Payments;
using Fascicolo.Domain.Taxes.Tari;

namespace Fascicolo.Subgraphs.Taxes.Tests;

/// <summary>The taxes facet of the synthetic city: its rules, its personas and its ledger.</summary>
public sealed class CityTaxesTests
{
    private static readonly Lazy<City> LazyCity = new(() => SyntheticCityGenerator.Generate(new CityOptions { Residents = 1_000 }));

    private static City City => LazyCity.Value;

    private static int ReferenceYear => City.Options.ReferenceDate.Year;

    [Fact]
    public void TaxYears_Should_BeTheReferenceYearAndTheFourBefore_When_Generated()
    {
        var years = City.TaxYears();

        Assert.Equal(Enumerable.Range(ReferenceYear - 4, 5), years.Select(y => y.Year));
        Assert.All(years, y =>
        {
            Assert.Equal((10.6m, 6m, 20_000L), (y.Imu.OrdinaryPerMille, y.Imu.MainHomePerMille, y.Imu.MainHomeDeductionCents));
            Assert.Equal(y.Year, y.Imu.Year);
            Assert.Equal(y.Year, y.Tari.Year);
        });
    }

    [Fact]
    public void Assessments_Should_OnlyConcernCheckedYearsNotifiedBeforeToday_When_Generated()
    {
        var today = City.Options.ReferenceDate;
        var assessments = City.TaxAssessments();

        Assert.NotEmpty(assessments);
        Assert.All(assessments, a =>
        {
            Assert.InRange(a.Year, ReferenceYear - 4, ReferenceYear - 2);
            Assert.True(a.Amounts.NotifiedOn < today);
            Assert.Equal(a.Year + 1, a.Amounts.NotifiedOn.Year);
            Assert.InRange(a.Amounts.NotifiedOn.Month, 6, 10);
            Assert.True(a.Amounts.TotalCents > AssessmentPolicy.MinimumTotalCents);
            Assert.True(a.PaidOn is null || (a.PaidOn > a.Amounts.NotifiedOn && a.PaidOn <= a.Amounts.DueDate && a.PaidOn < today));
            Assert.Equal("AVV-" + a.Iupd, a.Id);
        });
        Assert.Equal(assessments.Count, assessments.Select(a => a.Iupd).Distinct().Count());
        Assert.Equal([TaxAssessmentReason.OmittedPayment, TaxAssessmentReason.ShortPayment, TaxAssessmentReason.LatePayment], assessments.Select(a => a.Amounts.Reason).Distinct().Order());
    }

    [Fact]
    public void Assessments_Should_BeReproducedByTheCalculator_When_RecomputedFromTheTaxpayersData()
    {
        var interest = City.TaxYears().Select(y => new LegalInterestRate(y.Year, y.LegalInterestPercent)).ToList();
        foreach (var assessment in City.TaxAssessments())
        {
            var rates = City.TaxYears().Single(y => y.Year == assessment.Year);
            var instalments = assessment.Tax == TaxKind.Imu
                ? ImuCalculator.Compute(assessment.Year, rates.Imu, [.. City.ImuHoldingsOf(assessment.FiscalCode).Select(h => h.Holding)]).Instalments
                : Bill(assessment.FiscalCode, rates).Instalments;
            var payments = City.TaxPaymentsOf(assessment.FiscalCode).Select(p => p.Payment).Where(p => p.Tax == assessment.Tax && p.Year == assessment.Year).ToList();

            var recomputed = TaxAssessmentCalculator.Assess(instalments, payments, assessment.Amounts.NotifiedOn, interest);

            Assert.NotNull(recomputed);
            Assert.Equal(assessment.Amounts.TotalCents, recomputed.TotalCents);
            Assert.Equal(assessment.Amounts.Reason, recomputed.Reason);
        }
    }

    [Fact]
    public void Debts_Should_BeOnePaymentDuePerAssessmentForItsTotal_When_TheLedgerIsBuilt()
    {
        var debts = City.PaymentsDue().Where(p => p.Service is PaymentService.Imu or PaymentService.Tari).ToDictionary(p => p.Iupd, StringComparer.Ordinal);

        Assert.Equal(City.TaxAssessments().Count, debts.Count);
        Assert.All(City.TaxAssessments(), a =>
        {
            var debt = debts[a.Iupd];
            Assert.Equal(a.Tax == TaxKind.Imu ? PaymentService.Imu : PaymentService.Tari, debt.Service);
            Assert.Equal(Iupds.Format(debt.Service, a.Year, int.Parse(a.Iupd[^7..], System.Globalization.CultureInfo.InvariantCulture)), debt.Iupd);
            Assert.Equal((a.FiscalCode, Creditors.ComuneDiGenova, a.Year), (debt.DebtorFiscalCode, debt.CreditorFiscalCode, debt.Year));
            var option = Assert.Single(debt.Options);
            Assert.Equal((a.Amounts.TotalCents, a.Amounts.DueDate, a.PaidOn), (option.AmountCents, option.DueDate, option.PaidOn));
            Assert.InRange(debt.Description.Length, 1, 140);
            Assert.Equal(a.Amounts.NotifiedOn, debt.PublishedOn);
        });
    }

    [Fact]
    public void Payments_Should_BeMadeBeforeTodayInWholeEuroForImu_When_Generated()
    {
        var payments = City.TaxPayments().ToList();

        Assert.NotEmpty(payments);
        Assert.All(payments, p =>
        {
            Assert.True(p.Payment.PaidOn < City.Options.ReferenceDate);
            Assert.True(p.Payment.AmountCents > 0);
            Assert.Equal(p.Payment.Tax == TaxKind.Imu ? TaxPaymentChannel.F24 : TaxPaymentChannel.PagoPa, p.Payment.Channel);
            Assert.True(p.Payment.Tax != TaxKind.Imu || p.Payment.AmountCents % 100 == 0);
        });
        Assert.DoesNotContain(payments, p => p.Payment.Year == ReferenceYear);
    }

    [Fact]
    public void MostTaxpayers_Should_PayInFullAndOnTime_When_TheYearIsPast()
    {
        var year = ReferenceYear - 1;
        var rates = City.TaxYears().Single(y => y.Year == year);
        int onTime = 0, all = 0;
        foreach (var resident in City.Residents)
        {
            var imu = ImuCalculator.Compute(year, rates.Imu, [.. City.ImuHoldingsOf(resident.FiscalCode).Select(h => h.Holding)]);
            var tari = City.TariOccupanciesOf(resident.FiscalCode).Any(o => o.Covers(year)) ? Bill(resident.FiscalCode, rates).Instalments : [];
            var payments = City.TaxPaymentsOf(resident.FiscalCode).Select(p => p.Payment).ToList();
            foreach (var instalments in new[] { imu.Instalments, tari }.Where(i => i.Count > 0))
            {
                all++;
                var settled = InstalmentSettlement.Settle(instalments, payments);
                onTime += settled.All(s => s.StatusOn(City.Options.ReferenceDate) == TaxDeadlineStatus.Paid && s.OverpaidCents == 0) ? 1 : 0;
            }
        }

        Assert.InRange((double)onTime / all, 0.80, 0.92);
    }

    [Fact]
    public void Refunds_Should_BeTheOverpaidAmount_When_ATaxpayerPaidTwice()
    {
        var refunds = City.TaxRefunds();

        Assert.NotEmpty(refunds);
        Assert.All(refunds, r =>
        {
            var rates = City.TaxYears().Single(y => y.Year == r.Year);
            var due = r.Tax == TaxKind.Imu
                ? ImuCalculator.Compute(r.Year, rates.Imu, [.. City.ImuHoldingsOf(r.FiscalCode).Select(h => h.Holding)]).PayableCents
                : Bill(r.FiscalCode, rates).TotalCents;
            var paid = City.TaxPaymentsOf(r.FiscalCode).Where(p => p.Payment.Tax == r.Tax && p.Payment.Year == r.Year).Sum(p => p.Payment.AmountCents);
            Assert.Equal(paid - due, r.AmountCents);
            Assert.True(r.PaidOn is null || r.RequestedOn < r.PaidOn);
        });
    }

    [Fact]
    public void Holdings_Should_BeGenovasAndMainHomesWhereTheOwnersLive_When_Classified()
    {
        foreach (var resident in City.Residents)
        {
            var home = City.FindHousehold(resident.HouseholdId)!.DwellingId;
            foreach (var holding in City.ImuHoldingsOf(resident.FiscalCode))
            {
                var unit = City.FindCadastralUnit(holding.Holding.UnitId)!;
                Assert.Equal(CityTaxes.MunicipalityCode, unit.MunicipalityCode);
                Assert.Equal(holding.Holding.Use == ImuUse.MainHome, unit.DwellingId == home);
                Assert.Equal(unit.Owners.Single(o => o.OwnerFiscalCode == resident.FiscalCode).Since, holding.Holding.Since);
            }
        }
    }

    [Fact]
    public void TaxpayerPersona_Should_OweTheLetDwellingsImuAndAnOverdueTariNotice_When_AnyCity()
    {
        var paolo = City.GetPersona(DemoPersonaKeys.Taxpayer).FiscalCode;

        var holdings = City.ImuHoldingsOf(paolo).Select(h => (h.Holding.Use, h.Holding.ShareNumerator, h.Holding.ShareDenominator)).ToList();
        var assessment = Assert.Single(City.TaxAssessmentsOf(paolo));

        Assert.Equal([(ImuUse.MainHome, 1, 2), (ImuUse.Let, 1, 1), (ImuUse.MainHomeAppurtenance, 1, 2)], holdings);
        Assert.Equal((TaxKind.Tari, ReferenceYear - 2, TaxAssessmentReason.OmittedPayment), (assessment.Tax, assessment.Year, assessment.Amounts.Reason));
        Assert.Null(assessment.PaidOn);
        Assert.True(assessment.Amounts.DueDate < City.Options.ReferenceDate);
        Assert.Contains(City.PaymentsDue(), p => p.Iupd == assessment.Iupd && p.Options[0].PaidOn is null);
    }

    [Theory]
    [InlineData(DemoPersonaKeys.Parent)]
    [InlineData(DemoPersonaKeys.SoleTrader)]
    [InlineData(DemoPersonaKeys.VehicleOwner)]
    [InlineData(DemoPersonaKeys.WelfareRecipient)]
    public void OtherPersonas_Should_PayOnTime_When_AnyCity(string key)
    {
        var fiscalCode = City.GetPersona(key).FiscalCode;

        Assert.Empty(City.TaxAssessmentsOf(fiscalCode));
        Assert.Empty(City.TaxRefundsOf(fiscalCode));
        Assert.NotEmpty(City.TariOccupanciesOf(fiscalCode));
    }

    [Fact]
    public void Facet_Should_BeTheSame_When_GeneratedTwice()
    {
        var again = SyntheticCityGenerator.Generate(new CityOptions { Residents = 1_000 });

        Assert.Equal(City.TaxAssessments().Select(Describe), again.TaxAssessments().Select(Describe));
        Assert.Equal(City.TaxPayments().Take(500), again.TaxPayments().Take(500));

        static string Describe(CityTaxAssessment a) => $"{a.Id} {a.FiscalCode} {a.Amounts.TotalCents} {a.Amounts.NotifiedOn} {a.PaidOn}";
    }

    private static TariBill Bill(string fiscalCode, CityTaxYear rates)
    {
        var occupancy = City.TariOccupanciesOf(fiscalCode).Single(o => o.Covers(rates.Year));
        return TariCalculator.Bill(rates.Tari, occupancy.SurfaceSquareMetres, occupancy.Occupants);
    }
}
