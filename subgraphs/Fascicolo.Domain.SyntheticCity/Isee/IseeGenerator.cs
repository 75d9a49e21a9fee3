using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Isee;

/// <summary>
/// Gives about two households in three with minors, and one in three of the rest, an ISEE
/// attestation for the reference year (submitted in its first quarter), and some of them also one
/// for the year before. The welfare and parent personas' values are fixed.
/// </summary>
internal static class IseeGenerator
{
    public static IseeRegister Generate(City city)
    {
        var root = city.FacetStream("isee");
        var year = city.Options.ReferenceDate.Year;
        var welfare = city.FindResident(city.GetPersona(DemoPersonaKeys.WelfareRecipient).FiscalCode)!.HouseholdId;
        var parent = city.FindResident(city.GetPersona(DemoPersonaKeys.Parent).FiscalCode)!.HouseholdId;
        var all = new List<IseeAttestation>();
        for (var index = 0; index < city.Households.Count; index++)
        {
            var household = city.Households[index];
            var random = root.Derive(index).Open();
            var members = household.Members.Select(m => city.FindResident(m.FiscalCode)!).ToArray();
            var minors = members.Count(m => m.AgeOn(new DateOnly(year, 1, 1)) < 18);
            var isPersona = household.Id == welfare || household.Id == parent;
            if (!isPersona && !random.Chance(minors > 0 ? 0.65 : 0.3))
            {
                continue;
            }

            var loneParent = minors > 0 && !household.Members.Any(m => m.RelationshipCode is RelationshipCodes.Spouse or RelationshipCodes.CivilPartner or RelationshipCodes.Cohabitant);
            var type = loneParent && random.Chance(0.5) ? IseeType.Minors
                : members[0].AgeOn(new DateOnly(year, 1, 1)) >= 75 && random.Chance(0.4) ? IseeType.SocialHealth
                : IseeType.Ordinary;
            var (isr, isp) = household.Id == welfare ? (980_000L, 200_000L)
                : household.Id == parent ? (4_200_000L, 6_000_000L)
                : Indicators(random, members.Length - minors);

            if (!isPersona && random.Chance(0.6))
            {
                all.Add(Attestation(household, index, 0, year - 1, random, type, members.Length, minors, loneParent, Drift(isr, random), Drift(isp, random)));
            }

            all.Add(Attestation(household, index, 1, year, random, type, members.Length, minors, loneParent, isr, isp));
        }

        return new IseeRegister(all);
    }

    private static IseeAttestation Attestation(
        Household household, int index, int ordinal, int year, SplitMix64 random, IseeType type,
        int members, int minors, bool loneParent, long isr, long isp)
    {
        var issuedOn = new DateOnly(year, 1, 8).AddDays(random.Next(0, 80));
        var scale = EquivalenceScale.For(members, minors, loneParent);
        var ise = isr + (isp / 5);
        var isee = (long)Math.Round(ise / scale, MidpointRounding.AwayFromZero);
        var protocol = $"INPS-ISEE-{year}-{(index * 2) + ordinal + 1:D8}{(char)('A' + (index % 26))}-00";
        return new IseeAttestation(protocol, household.Id, household.HeadFiscalCode, type, issuedOn, new DateOnly(year, 12, 31), members, isr, isp, ise, scale, isee);
    }

    // Income of 4,000 to 38,000 euro per earning adult, assets mostly modest with a long tail.
    private static (long Isr, long Isp) Indicators(SplitMix64 random, int adults)
    {
        var earners = Math.Max(1, Math.Min(adults, 2));
        long isr = 0;
        for (var i = 0; i < earners; i++)
        {
            isr += random.Next(4_000, 38_000) * 100L;
        }

        var isp = random.Chance(0.3) ? 0L : (long)(random.NextDouble() * random.NextDouble() * 250_000) * 100L;
        return (isr, isp);
    }

    private static long Drift(long cents, SplitMix64 random) => (long)(cents * (0.9 + (0.15 * random.NextDouble())));
}
