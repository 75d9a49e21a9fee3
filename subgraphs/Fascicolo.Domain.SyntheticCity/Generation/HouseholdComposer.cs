using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity.Data;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>
/// The households facet: draws a household's size and shape, then who its members are (age, sex,
/// relationship, civil status, who is whose parent). Names and birthplaces come later.
/// </summary>
internal sealed partial class HouseholdComposer
{
    private const int MaxAge = 100;

    private readonly HouseholdDraft _household;
    private readonly SplitMix64 _random;
    private readonly HouseholdShape _shape;
    private readonly AgeProfile _ages;

    private HouseholdComposer(HouseholdDraft household, SplitMix64 random, HouseholdShape shape)
    {
        _household = household;
        _random = random;
        _shape = shape;
        household.IsImmigrant = !shape.Carer && random.Chance(ImmigrantShare(shape));
        _ages = household.IsImmigrant ? AgeProfiles.Immigrant : AgeProfiles.Native;
    }

    /// <summary>Composes household number <paramref name="index"/> of <paramref name="area"/>, at most <paramref name="maxSize"/> strong.</summary>
    public static HouseholdDraft Compose(AreaProfile area, int index, int maxSize, Facets facets, DateOnly referenceDate)
    {
        var household = new HouseholdDraft(area, area.Key, index);
        var random = household.Open(facets.Households);

        // The last household of an area shrinks to fit the area's quota exactly.
        var size = Math.Min(HouseholdShapes.Sizes.Pick(random), maxSize);
        var composer = new HouseholdComposer(household, random, HouseholdShapes.Draw(size, random));
        composer.Compose();
        foreach (var member in household.Members)
        {
            // Any day of the year before the birthday that gives the drawn age.
            member.BirthDate = referenceDate.AddYears(-member.Age).AddDays(-random.Next(365));
        }

        return household;
    }

    private static double ImmigrantShare(HouseholdShape shape) =>
        shape switch
        {
            { IsMultigenerational: true } => 0.10,
            { Children: > 0 } => 0.20,
            { Partner: true } or { Grandparents: > 0 } or { Siblings: > 0 } => 0.05,
            _ => 0.06,
        };

    private void Compose()
    {
        var head = Add(RelationshipCodes.Head, _ages.DrawHeadAge(_shape, _random));
        var partner = _shape.Partner ? AddPartner(head) : null;
        if (partner is null)
        {
            head.Sex = DrawLoneSex(head.Age);
            head.CivilStatus = _shape.Children > 0 && _shape.Grandparents == 0 && !_shape.ChildInLaw
                ? CivilStatusRules.LoneParent(head.Age, _random)
                : CivilStatusRules.WithoutPartner(head.Age, head.Sex, _random);
        }

        var children = AddChildren(head, partner);
        AddDescendants(children);
        AddGrandparents(head, partner);
        AddSiblings(head);
        if (_shape.Carer)
        {
            AddCarer();
        }
    }

    private PersonDraft AddPartner(PersonDraft head)
    {
        var partner = Add(RelationshipCodes.Spouse, Math.Clamp(head.Age + _random.Next(-5, 5), 18, MaxAge));
        var roll = _random.NextDouble();
        if (roll < 0.025)
        {
            head.Sex = DrawSex(0.5);
            partner.Sex = head.Sex;
            partner.Relationship = RelationshipCodes.CivilPartner;
            head.CivilStatus = partner.CivilStatus = CivilStatusCodes.CivilUnion;
            return partner;
        }

        // Older couples registered the husband as head; younger ones either partner.
        head.Sex = DrawSex(head.Age >= 60 ? 0.7 : 0.55);
        partner.Sex = head.Sex == Sex.Male ? Sex.Female : Sex.Male;
        var cohabiting = head.Age switch { < 40 => 0.40, < 60 => 0.22, _ => 0.07 };
        if (roll < 0.025 + cohabiting)
        {
            partner.Relationship = RelationshipCodes.Cohabitant;
            head.CivilStatus = CivilStatusRules.Cohabiting(head.Age, _random);
            partner.CivilStatus = CivilStatusRules.Cohabiting(partner.Age, _random);
        }
        else
        {
            head.CivilStatus = partner.CivilStatus = CivilStatusCodes.Married;
        }

        return partner;
    }

    private Sex DrawLoneSex(int age)
    {
        if (_shape.Children > 0 && _shape.Grandparents == 0)
        {
            return DrawSex(age >= 60 ? 0.25 : 0.2);
        }

        // Women outlive men: most elderly people living alone are widows.
        return DrawSex(age >= 65 ? 0.3 : 0.55);
    }

    private Sex DrawSex(double maleShare) => _random.Chance(maleShare) ? Sex.Male : Sex.Female;

    private PersonDraft Add(int relationship, int age)
    {
        var member = new PersonDraft { Relationship = relationship, Age = age };
        _household.Members.Add(member);
        return member;
    }
}
