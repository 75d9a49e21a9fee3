using System.Globalization;
using Fascicolo.Domain.SyntheticCity.Isee;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>
/// Generates the welfare slice household by household, each from its own random stream. A person
/// granted benefits within a case has one case for them; the welfare persona (Sara Repetto)
/// always receives the income support on her household's ISEE, within an open case.
/// </summary>
internal static class WelfareGenerator
{
    /// <summary>The share of low-ISEE households without benefits whose request is still being assessed.</summary>
    private const double PendingRequestChance = 0.2;

    public static WelfareRegister Generate(City city)
    {
        var root = city.FacetStream("welfare");
        var today = city.Options.ReferenceDate;
        var offices = new SocialOfficeDirectory(city, root.Derive("offices"));
        var personaHousehold = city.FindResident(city.GetPersona(DemoPersonaKeys.WelfareRecipient).FiscalCode)!.HouseholdId;
        var households = root.Derive("households");
        var cases = new List<SocialCase>();
        var benefits = new List<WelfareBenefit>();

        for (var index = 0; index < city.Households.Count; index++)
        {
            var household = city.Households[index];
            var random = households.Derive(index).Open();
            var members = household.Members.Select(m => city.FindResident(m.FiscalCode)!).ToArray();
            var attestations = city.IseeAttestationsOf(household.Id);
            var latest = attestations.Count > 0 ? attestations[^1] : null;
            var plans = household.Id == personaHousehold
                ? [new BenefitPlan(members[0], BenefitCatalogue.IncomeSupport, WelfareUserArea.FamilyAndMinors, WithCase: true)]
                : HouseholdNeeds.Plan(members, today, latest, random);
            var office = offices.For(city.FindBuilding(city.FindDwelling(household.DwellingId)!.BuildingId)!);

            if (plans.Count == 0)
            {
                if (latest is { IseeCents: < IncomeSupport.ThresholdIseeCents } && random.Chance(PendingRequestChance))
                {
                    cases.Add(NewCase(CaseId(cases.Count), members[0], household.Id, office, WelfareUserArea.Poverty, CaseHistoryWriter.Pending(today, random), random));
                }
                continue;
            }

            // One case per person, opened for their first planned benefit's area.
            foreach (var person in plans.Select(p => p.Beneficiary).Distinct())
            {
                var own = plans.Where(p => p.Beneficiary == person).ToList();
                var caseId = own.Any(p => p.WithCase) ? CaseId(cases.Count) : null;
                var inCase = new List<WelfareBenefit>();
                foreach (var plan in own)
                {
                    var attestation = plan.Type.IsMeansTested ? Pick(attestations, random) : null;
                    var benefit = BenefitTerms.Draw(BenefitId(benefits.Count), plan, household.Id, plan.WithCase ? caseId : null, attestation, today, random);
                    benefits.Add(benefit);
                    if (benefit.SocialCaseId is not null)
                    {
                        inCase.Add(benefit);
                    }
                }
                if (caseId is not null)
                {
                    var history = CaseHistoryWriter.ForBenefits(inCase.Min(b => b.StartDate), inCase.Max(b => b.EndDate), today, random);
                    cases.Add(NewCase(caseId, person, household.Id, office, inCase[0].Area, history, random));
                }
            }
        }

        return new WelfareRegister(offices.All, cases, benefits);
    }

    // The latest attestation usually; now and then the older one, for benefits granted last year.
    private static IseeAttestation Pick(IReadOnlyList<IseeAttestation> attestations, SplitMix64 random) =>
        attestations.Count > 1 && random.Chance(0.35) ? attestations[^2] : attestations[^1];

    private static SocialCase NewCase(string id, Resident person, string householdId, SocialOffice office, WelfareUserArea area, List<SocialCaseEvent> history, SplitMix64 random) =>
        new(id, person.FiscalCode, householdId, office.Code, random.Pick(office.SocialWorkers), area, history);

    private static string CaseId(int ordinal) => string.Create(CultureInfo.InvariantCulture, $"SC-{ordinal + 1:D7}");

    private static string BenefitId(int ordinal) => string.Create(CultureInfo.InvariantCulture, $"BEN-{ordinal + 1:D7}");
}
