using CsCheck;
using Fascicolo.Domain.Taxes.Assessments;
using Fascicolo.Domain.Taxes.Payments;
using Fascicolo.Domain.Taxes.Schedule;

namespace Fascicolo.Domain.Taxes.Tests;

/// <summary>Assessments of a past year, against examples worked by hand.</summary>
public sealed class TaxAssessmentCalculatorTests
{
    private static readonly LegalInterestRate[] Rates = [new(2023, 5m), new(2024, 2.5m), new(2025, 2m)];

    private static readonly TaxInstalment[] Tari2023 =
    [
        new(TaxKind.Tari, 2023, 1, 3, new DateOnly(2023, 5, 16), 10_000),
        new(TaxKind.Tari, 2023, 2, 3, new DateOnly(2023, 7, 16), 10_000),
        new(TaxKind.Tari, 2023, 3, 3, new DateOnly(2023, 12, 2), 10_000),
    ];

    [Fact]
    public void Assess_Should_AddSanctionAndDailyInterest_When_OneInstalmentIsLateAndOneUnpaid()
    {
        // Instalment 2 paid 30 days late (17 July - 15 August 2023): sanction €30.00, interest
        // 100.00 × 5% × 30/365 = €0.41. Instalment 3 never paid, notified 30 September 2024:
        // sanction €30.00; interest 100.00 × 5% × 29/365 (3-31 Dec 2023) = €0.3973 plus
        // 100.00 × 2.5% × 274/365 (1 Jan - 30 Sep 2024) = €1.8767, together €2.27.
        TaxPayment[] payments =
        [
            new(TaxKind.Tari, 2023, 1, 10_000, new DateOnly(2023, 5, 10), TaxPaymentChannel.PagoPa),
            new(TaxKind.Tari, 2023, 2, 10_000, new DateOnly(2023, 8, 15), TaxPaymentChannel.PagoPa),
        ];

        var assessment = TaxAssessmentCalculator.Assess(Tari2023, payments, new DateOnly(2024, 9, 30), Rates)!;

        Assert.Equal(TaxAssessmentReason.ShortPayment, assessment.Reason);
        Assert.Equal((0L, 0L), (assessment.Items[0].SanctionCents, assessment.Items[0].InterestCents));
        Assert.Equal((10_000L, 0L, 3_000L, 41L), (assessment.Items[1].PaidLateCents, assessment.Items[1].UnpaidCents, assessment.Items[1].SanctionCents, assessment.Items[1].InterestCents));
        Assert.Equal((0L, 10_000L, 3_000L, 227L), (assessment.Items[2].PaidLateCents, assessment.Items[2].UnpaidCents, assessment.Items[2].SanctionCents, assessment.Items[2].InterestCents));
        Assert.Equal((30_000, 20_000), (assessment.TaxDueCents, assessment.TaxPaidCents));
        Assert.Equal((10_000, 6_000, 268, 16_268), (assessment.UnpaidTaxCents, assessment.SanctionCents, assessment.InterestCents, assessment.TotalCents));
        Assert.Equal(new DateOnly(2024, 11, 29), assessment.DueDate);
    }

    [Fact]
    public void Assess_Should_ClaimTheWholeYear_When_NothingWasPaid()
    {
        var assessment = TaxAssessmentCalculator.Assess(Tari2023, [], new DateOnly(2024, 9, 30), Rates)!;

        Assert.Equal(TaxAssessmentReason.OmittedPayment, assessment.Reason);
        Assert.Equal(30_000, assessment.UnpaidTaxCents);
        Assert.Equal(9_000, assessment.SanctionCents);
    }

    [Fact]
    public void Assess_Should_ClaimOnlySanctionAndInterest_When_EverythingWasPaidLate()
    {
        TaxPayment[] payments = [.. Tari2023.Select(i => new TaxPayment(TaxKind.Tari, 2023, i.Number, i.AmountCents, i.DueDate.AddDays(10), TaxPaymentChannel.PagoPa))];

        var assessment = TaxAssessmentCalculator.Assess(Tari2023, payments, new DateOnly(2024, 9, 30), Rates)!;

        Assert.Equal(TaxAssessmentReason.LatePayment, assessment.Reason);
        Assert.Equal(0, assessment.UnpaidTaxCents);
        Assert.Equal(9_000, assessment.SanctionCents);
        // 10 days at 5% on €100.00 = €0.137 → €0.14, three times.
        Assert.Equal(42, assessment.InterestCents);
    }

    [Fact]
    public void Assess_Should_IssueNothing_When_EverythingWasPaidOnTime()
    {
        TaxPayment[] payments = [.. Tari2023.Select(i => new TaxPayment(TaxKind.Tari, 2023, i.Number, i.AmountCents, i.DueDate, TaxPaymentChannel.PagoPa))];

        Assert.Null(TaxAssessmentCalculator.Assess(Tari2023, payments, new DateOnly(2024, 9, 30), Rates));
    }

    [Fact]
    public void Assess_Should_IssueNothing_When_TheTotalDoesNotExceedThirtyEuro()
    {
        // €20.00 unpaid + €6.00 sanction + a little interest stays under €30.
        TaxInstalment[] small = [new(TaxKind.Tari, 2023, 1, 1, new DateOnly(2023, 5, 16), 2_000)];

        Assert.Null(TaxAssessmentCalculator.Assess(small, [], new DateOnly(2024, 9, 30), Rates));
    }

    [Fact]
    public void Assess_Should_IgnorePayments_When_TheyCameOnOrAfterTheNotification()
    {
        TaxPayment[] payments = [new(TaxKind.Tari, 2023, 1, 10_000, new DateOnly(2024, 9, 30), TaxPaymentChannel.PagoPa)];

        var assessment = TaxAssessmentCalculator.Assess(Tari2023, payments, new DateOnly(2024, 9, 30), Rates)!;

        Assert.Equal(30_000, assessment.UnpaidTaxCents);
    }

    [Fact]
    public void Assess_Should_KeepTotalsConsistent_When_PaymentsAreAnything()
    {
        var payment = Gen.Select(Gen.Int[1, 3], Gen.Long[1, 15_000], Gen.Int[-30, 400])
            .Select((number, amount, delay) => new TaxPayment(TaxKind.Tari, 2023, number, amount, Tari2023[number - 1].DueDate.AddDays(delay), TaxPaymentChannel.PagoPa));
        payment.Array[0, 5].Sample(payments =>
        {
            var assessment = TaxAssessmentCalculator.Assess(Tari2023, payments, new DateOnly(2024, 9, 30), Rates);
            return assessment is null
                || (assessment.TotalCents == assessment.UnpaidTaxCents + assessment.SanctionCents + assessment.InterestCents
                    && assessment.Items.All(i => i.PaidOnTimeCents + i.PaidLateCents + i.UnpaidCents == i.Instalment.AmountCents)
                    && assessment.Items.All(i => Math.Abs((i.PaidLateCents + i.UnpaidCents) * 3 - (i.SanctionCents * 10)) <= 5));
        });
    }
}
