using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>
/// The documents facet: most residents hold an identity card (electronic since the CIE 3.0, paper
/// before), many a passport; some documents have lapsed. Safe to call from several threads: the
/// numbers drawn here may clash, and <see cref="DocumentNumbers"/> makes them unique afterwards.
/// </summary>
internal sealed class DocumentIssuer(Facets facets, DateOnly referenceDate)
{
    private const double ExpiredCardShare = 0.06;
    private const double ExpiredPassportShare = 0.15;

    // CIE 3.0 issuance started in July 2016; we assume the last paper cards were issued in 2018.
    private static readonly DateOnly CieIntroduced = new(2016, 7, 4);
    private static readonly DateOnly LastPaperCard = new(2018, 12, 31);

    // One issuer string per municipality rather than one per card.
    private readonly Dictionary<Municipality, string> _townHalls =
        Data.Municipalities.All.ToDictionary(m => m, m => $"Comune di {m.Name}");

    /// <summary>The documents of member number <paramref name="member"/> of <paramref name="household"/>, oldest first.</summary>
    public IReadOnlyList<IdentityDocument> Issue(HouseholdDraft household, int member)
    {
        var person = household.Members[member];

        // Newborns have no document yet.
        if (person.BirthDate.AddDays(30) > referenceDate)
        {
            return [];
        }

        var random = household.Open(facets.Documents, member);
        var cardShare = person.NeedsValidIdentityCard ? 1.0 : person.Age switch { < 3 => 0.2, < 18 => 0.45, _ => 0.93 };
        var card = random.Chance(cardShare) ? IssueCard(person, _townHalls[household.Area.Municipality], random) : null;
        var passportShare = person.CitizenOf is not null ? 0.85 : person.Age >= 18 ? 0.22 : 0.12;
        var passport = random.Chance(passportShare) ? IssuePassport(person, random) : null;
        return (card, passport) switch
        {
            (null, null) => [],
            ({ } c, null) => [c],
            (null, { } p) => [p],
            ({ } c, { } p) => c.IssuedOn <= p.IssuedOn ? [c, p] : [p, c],
        };
    }

    private IdentityDocument IssueCard(PersonDraft person, string townHall, SplitMix64 random)
    {
        var expired = !person.NeedsValidIdentityCard && random.Chance(ExpiredCardShare);
        var issued = DrawIssueDate(person, expired, random);
        var expires = ValidityRules.CardExpiry(person.BirthDate, issued);
        if (person.NeedsValidIdentityCard && expires < referenceDate)
        {
            issued = referenceDate.AddDays(-random.Next(30, 300));
            expires = ValidityRules.CardExpiry(person.BirthDate, issued);
        }

        var electronic = issued >= CieIntroduced && (issued > LastPaperCard || random.Chance(0.7));

        // CIE series letters advance over the years: CA from 2016, CB from 2019, and so on.
        var number = electronic
            ? DrawNumber('C', (char)('A' + Math.Min(3, (issued.Year - 2016) / 3)), 5, lettersAfter: true, random)
            : DrawNumber('A', Letter(random), 7, lettersAfter: false, random);
        return new IdentityDocument(
            number,
            electronic ? IdentityDocumentType.ElectronicIdentityCard : IdentityDocumentType.PaperIdentityCard,
            issued,
            expires,
            townHall);
    }

    private IdentityDocument IssuePassport(PersonDraft person, SplitMix64 random)
    {
        var issued = DrawIssueDate(person, random.Chance(ExpiredPassportShare), random);
        var foreign = person.CitizenOf;
        var number = DrawNumber(foreign is null ? 'Y' : Letter(random), Letter(random), 7, lettersAfter: false, random);
        return new IdentityDocument(
            number,
            IdentityDocumentType.Passport,
            issued,
            ValidityRules.PassportExpiry(person.BirthDate, issued),
            foreign is null ? "Questura di Genova" : foreign.Name);
    }

    /// <summary>
    /// A day within the validity period before the reference date, or before that for an expired
    /// document, never before the holder was a month old.
    /// </summary>
    private DateOnly DrawIssueDate(PersonDraft person, bool expired, SplitMix64 random)
    {
        var years = ValidityRules.Years(person.Age);
        var issued = expired
            ? referenceDate.AddYears(-years).AddDays(-random.Next(30, 1_500))
            : referenceDate.AddDays(-random.Next(0, (years * 365) - 1));
        var earliest = person.BirthDate.AddDays(30);
        return issued >= earliest ? issued : earliest.AddDays(random.Next(0, Math.Max(0, referenceDate.DayNumber - earliest.DayNumber)));
    }

    /// <summary>Two series letters, then digits, then two more letters for a CIE.</summary>
    private static string DrawNumber(char first, char second, int digits, bool lettersAfter, SplitMix64 random)
    {
        Span<char> number = stackalloc char[2 + digits + (lettersAfter ? 2 : 0)];
        number[0] = first;
        number[1] = second;
        DocumentNumbers.FillSerial(number[2..], digits, random);
        return new string(number);
    }

    private static char Letter(SplitMix64 random) => DocumentNumbers.Letter(random);
}
