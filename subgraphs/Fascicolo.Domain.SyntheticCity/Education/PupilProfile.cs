using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>
/// What a child's family chooses once and keeps from year to year: whether the child goes to a
/// nursery, a municipal or state preschool, which school of the area, the section, the services and
/// any special diet. Drawn in a fixed order from the child's own stream, so a child's school life
/// does not depend on anyone else's.
/// </summary>
internal sealed class PupilProfile
{
    private static readonly string[] MostlyMuslimCitizenships = ["MA", "SN", "BD", "PK", "TN", "EG"];

    private static readonly WeightedTable<string> MedicalDiets = new(
    [
        ("COELIAC", 10), ("MILK_ALLERGY", 8), ("EGG_ALLERGY", 6), ("NUT_ALLERGY", 5), ("FISH_ALLERGY", 3),
        ("LACTOSE_INTOLERANCE", 8), ("FAVISM", 2), ("DIABETES", 2),
    ]);

    private PupilProfile(Resident child, SplitMix64 random)
    {
        AttendsNursery = random.Chance(0.35);
        NurseryFullTime = random.Chance(0.7);
        AttendsPreschool = random.Chance(0.95);
        MunicipalPreschool = random.Chance(0.45);
        SchoolPick = random.Next(int.MaxValue);
        PreschoolSection = (char)('A' + random.Next(5));
        PrimarySection = (char)('A' + random.Next(4));
        SecondarySection = (char)('A' + random.Next(6));
        PreschoolCanteen = random.Chance(0.95);
        PrimaryCanteen = random.Chance(0.75);
        SecondaryCanteen = random.Chance(0.25);
        EarlyEntry = random.Chance(0.12);
        AfterSchool = random.Chance(0.10);
        AbsenceRate = 0.02 + (0.10 * random.NextDouble());
        var medical = random.Chance(0.044) ? MedicalDiets.Pick(random) : null;
        var religiousDraw = random.NextDouble();
        var religious = child.Citizenship switch
        {
            _ when MostlyMuslimCitizenships.Contains(child.Citizenship) => religiousDraw < 0.65 ? "NO_PORK" : null,
            "AL" => religiousDraw < 0.3 ? "NO_PORK" : null,
            "IN" => religiousDraw < 0.4 ? "NO_BEEF" : null,
            _ => religiousDraw < 0.003 ? "NO_MEAT" : null,
        };
        var ethicalDraw = random.NextDouble();
        var ethical = religious is not null ? null : ethicalDraw < 0.004 ? "VEGAN" : ethicalDraw < 0.029 ? "VEGETARIAN" : null;
        Diets = [.. new[] { medical, religious, ethical }.OfType<string>()];
    }

    /// <summary>Goes to a municipal nursery before age 3 (in Genova).</summary>
    public bool AttendsNursery { get; }

    /// <summary>Full time rather than part time at the nursery.</summary>
    public bool NurseryFullTime { get; }

    /// <summary>Goes to preschool from age 3.</summary>
    public bool AttendsPreschool { get; private set; }

    /// <summary>A municipal rather than a state preschool (in Genova).</summary>
    public bool MunicipalPreschool { get; }

    /// <summary>Which of the area's schools of the right kind (modulo their number).</summary>
    public int SchoolPick { get; }

    /// <summary>The preschool section.</summary>
    public char PreschoolSection { get; }

    /// <summary>The primary class section.</summary>
    public char PrimarySection { get; }

    /// <summary>The lower secondary class section.</summary>
    public char SecondarySection { get; }

    /// <summary>Eats at the preschool canteen.</summary>
    public bool PreschoolCanteen { get; private set; }

    /// <summary>Eats at the primary canteen (tempo pieno).</summary>
    public bool PrimaryCanteen { get; private set; }

    /// <summary>Eats at the lower secondary canteen (tempo prolungato).</summary>
    public bool SecondaryCanteen { get; }

    /// <summary>Uses the pre-school service (preschool and primary).</summary>
    public bool EarlyEntry { get; }

    /// <summary>Uses the after-school service (preschool and primary).</summary>
    public bool AfterSchool { get; }

    /// <summary>The chance of missing any one canteen day, besides spells of illness.</summary>
    public double AbsenceRate { get; }

    /// <summary>Codes of the special diets (see <see cref="SpecialDiets"/>), medical first.</summary>
    public IReadOnlyList<string> Diets { get; private set; }

    /// <summary>Draws the profile of <paramref name="child"/> from its stream.</summary>
    public static PupilProfile Draw(Resident child, StreamKey stream) => new(child, stream.Open());

    /// <summary>
    /// Makes the child attend <paramref name="order"/> with the canteen and no special diet, whatever
    /// was drawn: the demo personas' school lives are fixed.
    /// </summary>
    public void Require(SchoolOrder order)
    {
        switch (order)
        {
            case SchoolOrder.Preschool:
                AttendsPreschool = true;
                PreschoolCanteen = true;
                break;
            case SchoolOrder.Primary:
                PrimaryCanteen = true;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(order), order, "Only preschool and primary personas exist.");
        }

        Diets = [];
    }

    /// <summary>Whether the child eats at the canteen of a school of <paramref name="order"/>.</summary>
    public bool EatsAtCanteen(SchoolOrder order) => order switch
    {
        SchoolOrder.Preschool => PreschoolCanteen,
        SchoolOrder.Primary => PrimaryCanteen,
        SchoolOrder.LowerSecondary => SecondaryCanteen,
        _ => false,
    };
}
