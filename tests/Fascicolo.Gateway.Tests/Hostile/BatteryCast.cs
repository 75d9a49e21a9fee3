using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Domain.SyntheticCity.Mobility;
using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Domain.SyntheticCity.Taxes;
using Fascicolo.Domain.SyntheticCity.Welfare;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>
/// Who attacks whom, drawn from the seeded city with a fixed seed: the victims (the demo personas and
/// residents with records in every vertical), the citizen attackers (personas, random residents at SPID
/// levels 1 to 3, and adults sharing a household with a victim) and the staff and anonymous attackers.
/// </summary>
internal sealed class BatteryCast
{
    private const int AdultAge = 18;

    private BatteryCast(IReadOnlyList<string> victims, IReadOnlyList<Attacker> citizens, IReadOnlyList<(Attacker Attacker, string Victim)> housemates, IReadOnlyDictionary<string, IReadOnlySet<string>> wards)
    {
        Victims = victims;
        Citizens = citizens;
        Housemates = housemates;
        Wards = wards;
    }

    /// <summary>The people whose data the battery is after.</summary>
    public IReadOnlyList<string> Victims { get; }

    /// <summary>The citizen attackers (personas, random residents), never in a household with their victims.</summary>
    public IReadOnlyList<Attacker> Citizens { get; }

    /// <summary>Adults attacking a victim of their own household (spouse's vehicles, fines, ISEE...).</summary>
    public IReadOnlyList<(Attacker Attacker, string Victim)> Housemates { get; }

    /// <summary>The minors in each adult's household (a superset of the wards the registry grants).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Wards { get; }

    /// <summary>The attackers who are not citizens: anonymous, an analyst, a service without purpose, operators of the wrong department or ente or without purpose.</summary>
    public static IReadOnlyList<Attacker> Staff { get; } =
    [
        Attacker.Anonymous,
        Attacker.Analyst,
        Attacker.ServiceWithoutPurpose,
        Attacker.OperatorWithoutPurpose("social"),
        Attacker.OperatorWithoutPurpose("mobility"),
        Attacker.OperatorOfOtherEnte("social"),
        Attacker.OperatorOfOtherEnte("taxes"),
        Attacker.OperatorOfDepartment("registry"),
        Attacker.OperatorOfDepartment("mobility"),
        Attacker.OperatorOfDepartment("education"),
        Attacker.OperatorOfDepartment("taxes"),
        // A department claim of "*" (the kit's mark for fields every desk reads) must not open every desk's data.
        Attacker.OperatorOfDepartment("*"),
    ];

    /// <summary>Everyone whose dossier the battery reads first: victims and citizen attackers.</summary>
    public IReadOnlyList<string> People => [.. Victims.Concat(Citizens.Select(a => a.FiscalCode!)).Concat(Housemates.Select(h => h.Attacker.FiscalCode!)).Distinct(StringComparer.Ordinal)];

    /// <summary>Draws the cast from <paramref name="city"/>.</summary>
    public static BatteryCast Draw(City city, int seed)
    {
        var random = new Random(seed);
        var today = city.Options.ReferenceDate;
        var personas = city.Personas.Select(p => p.FiscalCode).ToList();
        var victims = new List<string>(personas);
        AddSome(victims, city.SocialCases().Select(c => c.FiscalCode), 2, random);
        AddSome(victims, city.TrafficFines().Select(f => f.DebtorFiscalCode), 2, random);
        AddSome(victims, city.Vehicles().Select(v => v.OwnerFiscalCode), 1, random);
        AddSome(victims, city.TaxAssessments().Select(a => a.FiscalCode), 2, random);
        AddSome(victims, city.PermitProcedures().Select(p => p.ApplicantFiscalCode), 2, random);
        AddSome(victims, city.Enrolments().Select(e => e.PupilFiscalCode), 1, random);

        var household = city.Residents.ToDictionary(r => r.FiscalCode, r => r.HouseholdId, StringComparer.Ordinal);
        var victimHouseholds = victims.Select(v => household[v]).ToHashSet(StringComparer.Ordinal);
        var adults = city.Residents.Where(r => r.AgeOn(today) >= AdultAge).ToList();
        var strangers = adults.Where(r => !victimHouseholds.Contains(r.HouseholdId)).OrderBy(_ => random.Next()).Take(10).ToList();

        // Personas attack the other personas (never their own household: the parent may read the pupil's school data).
        var citizens = new List<Attacker>();
        citizens.AddRange(city.Personas.Where(p => p.Key != DemoPersonaKeys.Pupil).Select(p => Attacker.Citizen(p.FiscalCode, 2)));
        int[] levels = [1, 2, 2, 3, 2];
        citizens.AddRange(strangers.Select((r, i) => Attacker.Citizen(r.FiscalCode, levels[i % levels.Length])));

        var housemates = new List<(Attacker, string)>();
        foreach (var victim in victims.Where(v => city.FindResident(v)!.AgeOn(today) >= AdultAge))
        {
            var mate = city.FindHousehold(household[victim])!.Members
                .Select(m => city.FindResident(m.FiscalCode)!)
                .FirstOrDefault(r => r.FiscalCode != victim && r.AgeOn(today) >= AdultAge && !victims.Contains(r.FiscalCode));
            if (mate is not null)
            {
                housemates.Add((Attacker.Citizen(mate.FiscalCode, 2), victim));
            }
        }

        var wards = city.Households.SelectMany(h =>
        {
            var members = h.Members.Select(m => city.FindResident(m.FiscalCode)!).ToList();
            IReadOnlySet<string> minors = members.Where(m => m.AgeOn(today) < AdultAge).Select(m => m.FiscalCode).ToHashSet(StringComparer.Ordinal);
            return members.Where(m => m.AgeOn(today) >= AdultAge).Select(m => (m.FiscalCode, minors));
        }).ToDictionary(p => p.FiscalCode, p => p.minors, StringComparer.Ordinal);

        return new BatteryCast(victims, citizens, housemates, wards);
    }

    /// <summary>The victims <paramref name="attacker"/> may be sent against: not themself, not in their household.</summary>
    public IReadOnlyList<string> VictimsOf(Attacker attacker, City city)
    {
        if (attacker.FiscalCode is not { } own)
        {
            return Victims;
        }

        var home = city.FindResident(own)?.HouseholdId;
        return [.. Victims.Where(v => v != own && city.FindResident(v)?.HouseholdId != home)];
    }

    private static void AddSome(List<string> victims, IEnumerable<string> candidates, int count, Random random)
    {
        var fresh = candidates.Where(c => c.Length == 16).Distinct(StringComparer.Ordinal).Where(c => !victims.Contains(c)).Order(StringComparer.Ordinal).ToList();
        victims.AddRange(fresh.OrderBy(_ => random.Next()).Take(count));
    }
}
