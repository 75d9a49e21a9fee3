using Fascicolo.Domain.SyntheticCity.Data;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>The origins facet: each member's birthplace, citizenship and naming tradition.</summary>
internal sealed class OriginAssigner(ItalianBirthplacePicker italianBirthplaces, Facets facets)
{
    private const string ItalianCitizenship = "IT";

    /// <summary>Assigns the origins of every member of <paramref name="household"/>.</summary>
    public void Assign(HouseholdDraft household)
    {
        var random = household.Open(facets.Origins);
        if (household.IsImmigrant)
        {
            AssignImmigrant(household, random);
        }

        foreach (var member in household.Members)
        {
            if (member.IsCarer)
            {
                SetForeign(member, Countries.Carers.Pick(random), naturalised: false);
            }
            else if (!household.IsImmigrant)
            {
                AssignNative(household.Area, member, random);
            }
        }
    }

    private void AssignNative(AreaProfile area, PersonDraft member, SplitMix64 random)
    {
        member.Names = NameGroup.Italian;
        member.Citizenship = ItalianCitizenship;
        member.CitizenOf = null;

        // A few Italians were born abroad to emigrant parents and came back.
        if (member.Age >= 30 && random.Chance(0.015))
        {
            member.BirthCountry = Countries.ItalianEmigration.Pick(random);
            member.BirthplaceCode = member.BirthCountry.BelfioreCode;
            return;
        }

        member.BirthCountry = null;
        member.BirthplaceCode = italianBirthplaces.Pick(area, member.Age, random);
    }

    private void AssignImmigrant(HouseholdDraft household, SplitMix64 random)
    {
        var country = Countries.Immigration.Pick(random);
        var head = household.Head;
        var yearsInItaly = Math.Max(0, head.Age - random.Next(18, 40));
        var naturalised = yearsInItaly >= 10 && random.Chance(0.35);
        foreach (var member in household.Members)
        {
            switch (member.Relationship)
            {
                case RelationshipCodes.Cohabitant when member.IsCarer:
                    // Carers come from countries of their own (see Assign).
                    break;
                case RelationshipCodes.Spouse or RelationshipCodes.Cohabitant or RelationshipCodes.CivilPartner
                    or RelationshipCodes.ChildInLaw when random.Chance(0.2):
                    // A mixed couple: the partner is Italian.
                    AssignNative(household.Area, member, random);
                    break;
                case RelationshipCodes.Child or RelationshipCodes.Grandchild:
                    AssignImmigrantChild(household.Area, member, country, yearsInItaly, random);
                    break;
                case RelationshipCodes.Parent or RelationshipCodes.ParentInLaw:
                    SetForeign(member, country, naturalised: false);
                    break;
                default:
                    SetForeign(member, country, naturalised);
                    break;
            }
        }
    }

    private void AssignImmigrantChild(AreaProfile area, PersonDraft child, Country country, int yearsInItaly, SplitMix64 random)
    {
        var italianParent = child.Father is { CitizenOf: null } || child.Mother is { CitizenOf: null };
        var nativeParent = child.Father is { BirthCountry: null } || child.Mother is { BirthCountry: null };

        // Children of a mixed couple were mostly born here, whenever the immigrant parent arrived.
        if (child.Age < yearsInItaly || (nativeParent && random.Chance(0.8)))
        {
            child.BirthCountry = null;
            child.BirthplaceCode = italianBirthplaces.Pick(area, child.Age, random);
        }
        else
        {
            child.BirthCountry = country;
            child.BirthplaceCode = country.BelfioreCode;
        }

        // Citizenship passes from a citizen parent; children born here may claim it at 18.
        var claimed = child.BirthCountry is null && child.Age >= 18 && random.Chance(0.6);
        child.CitizenOf = italianParent || claimed ? null : country;
        child.Citizenship = child.CitizenOf?.Iso2 ?? ItalianCitizenship;
        child.Names = nativeParent && random.Chance(0.6) ? NameGroup.Italian : country.Names;
    }

    private static void SetForeign(PersonDraft member, Country country, bool naturalised)
    {
        member.BirthCountry = country;
        member.BirthplaceCode = country.BelfioreCode;
        member.CitizenOf = naturalised ? null : country;
        member.Citizenship = member.CitizenOf?.Iso2 ?? ItalianCitizenship;
        member.Names = country.Names;
    }
}
