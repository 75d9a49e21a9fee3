using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Isee;
using Fascicolo.Domain.SyntheticCity.Welfare;

namespace Fascicolo.Subgraphs.Welfare.Tests;

/// <summary>The synthetic city's welfare facet: its invariants, its determinism, and the persona.</summary>
public sealed class WelfareFacetTests
{
    private static readonly City City = SyntheticCityGenerator.Generate(new CityOptions { Residents = 3_000 });

    [Fact]
    public void Benefits_Should_CarryAnIseeOfTheBeneficiarysHousehold_When_MeansTested()
    {
        var attestations = City.IseeAttestations().ToDictionary(a => a.Protocol, StringComparer.Ordinal);

        Assert.All(City.WelfareBenefits(), b =>
        {
            Assert.Equal(b.IsMeansTested, b.IseeProtocol is not null);
            if (b.IseeProtocol is { } protocol)
            {
                var attestation = attestations[protocol];
                Assert.Equal(City.FindResident(b.BeneficiaryFiscalCode)!.HouseholdId, attestation.HouseholdId);
                Assert.InRange(b.StartDate, attestation.IssuedOn, attestation.ValidUntil);
            }
        });
    }

    [Fact]
    public void Benefits_Should_FollowTheSiussRecordRules_When_Generated()
    {
        Assert.All(City.WelfareBenefits(), b =>
        {
            var type = BenefitCatalogue.Find(b.Code)!;
            Assert.Equal((type.Name, type.IsPeriodic, type.IsMeansTested), (b.Name, b.IsPeriodic, b.IsMeansTested));
            Assert.Equal(b.MonthlyAmountCents, b.CityShareCents + b.UserShareCents);
            Assert.True(b.CityShareCents >= 0 && b.UserShareCents >= 0);
            Assert.True(b.EndDate >= b.StartDate && b.PaymentDate >= b.StartDate);
            Assert.True(b.IsPeriodic || b.EndDate == b.StartDate);
            Assert.Equal(b.SocialCaseId is not null, b.IsTakenInCharge);
            Assert.True(type.Form == BenefitForm.Service || b.UserShareCents == 0);
        });
    }

    [Fact]
    public void SocialCases_Should_HaveAnOrderedHistoryThatNeverPassesToday_When_Generated()
    {
        var today = City.Options.ReferenceDate;
        var cases = City.SocialCases().ToDictionary(c => c.Id, StringComparer.Ordinal);

        Assert.All(cases.Values, c =>
        {
            Assert.Equal(SocialCaseStatus.Requested, c.History[0].Status);
            for (var i = 1; i < c.History.Count; i++)
            {
                Assert.True(c.History[i].OccurredOn >= c.History[i - 1].OccurredOn, $"{c.Id} goes back in time.");
                Assert.True(SocialCaseTransitions.IsAllowed(c.History[i - 1].Status, c.History[i].Status), $"{c.Id} makes a forbidden change.");
            }
            Assert.True(c.History[^1].OccurredOn <= today);
        });
        Assert.All(City.WelfareBenefits().Where(b => b.SocialCaseId is not null), b => Assert.Equal(cases[b.SocialCaseId!].FiscalCode, b.BeneficiaryFiscalCode));
    }

    [Fact]
    public void Facet_Should_GiveMostBenefitsToLowIseeElderlyAndDisabledHouseholds_When_Generated()
    {
        var today = City.Options.ReferenceDate;
        var low = City.Households.Where(h => City.IseeAttestationsOf(h.Id) is { Count: > 0 } a && a[^1].IseeCents < IncomeSupport.ThresholdIseeCents).ToList();
        var withBenefits = City.WelfareBenefits().Select(b => b.HouseholdId).ToHashSet(StringComparer.Ordinal);

        var lowShare = (double)low.Count(h => withBenefits.Contains(h.Id)) / low.Count;
        var overallShare = (double)withBenefits.Count / City.Households.Count;

        Assert.InRange(lowShare, 0.4, 0.8);
        Assert.InRange(overallShare, 0.02, 0.3);
        Assert.Contains(City.WelfareBenefits(), b => b.Area == WelfareUserArea.Elderly && City.FindResident(b.BeneficiaryFiscalCode)!.AgeOn(today) >= 75);
        Assert.Contains(City.WelfareBenefits(), b => b.Code == BenefitCatalogue.CareAllowance.Code);
        Assert.Contains(City.WelfareBenefits(), b => !b.IsPeriodic);
        Assert.Contains(City.SocialCases(), c => c.Status == SocialCaseStatus.Closed);
    }

    [Fact]
    public void Facet_Should_BeTheSame_When_TheCityIsGeneratedAgain()
    {
        var again = SyntheticCityGenerator.Generate(new CityOptions { Residents = 3_000 });

        Assert.Equal(City.WelfareBenefits(), again.WelfareBenefits());
        Assert.Equal(City.SocialCases().Select(c => (c.Id, c.FiscalCode, c.SocialWorker, c.Status)), again.SocialCases().Select(c => (c.Id, c.FiscalCode, c.SocialWorker, c.Status)));
    }

    [Fact]
    public void Persona_Should_ReceiveAMeansTestedPeriodicBenefitOnHerIseeWithinAnOpenCase_When_Generated()
    {
        var sara = City.FindResident(City.GetPersona(DemoPersonaKeys.WelfareRecipient).FiscalCode)!;

        var benefit = Assert.Single(City.WelfareBenefitsOf(sara.FiscalCode));
        var socialCase = Assert.Single(City.SocialCasesOf(sara.FiscalCode));
        var attestation = Assert.Single(City.IseeAttestationsOf(sara.HouseholdId));
        Assert.True(benefit.IsPeriodic && benefit.IsMeansTested && benefit.IsTakenInCharge);
        Assert.Equal(attestation.Protocol, benefit.IseeProtocol);
        Assert.Equal(socialCase.Id, benefit.SocialCaseId);
        Assert.Equal(SocialCaseStatus.TakenInCharge, socialCase.Status);
        Assert.Equal("ATS-D969-02", socialCase.OfficeCode);
        Assert.Equal(53_000, benefit.MonthlyAmountCents);
    }
}
