using Fascicolo.Domain.FiscalCodes;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>Children, grandchildren, grandparents, siblings and carers.</summary>
internal sealed partial class HouseholdComposer
{
    // A parent is 18 to 45 years older than a child; with partners at most five years apart
    // this keeps every parent-child gap within the 16–50 years the registry would find plausible.
    private const int MinParentGap = 18;
    private const int MaxParentGap = 45;

    // A child who is married or has children of their own is at least this old.
    private const int MinAgeOfMarriedChild = 24;

    private List<PersonDraft> AddChildren(PersonDraft head, PersonDraft? partner)
    {
        if (_shape.Children == 0)
        {
            return [];
        }

        var youngestParent = partner is null ? head.Age : Math.Min(head.Age, partner.Age);
        var minChildAge = _shape.ChildInLaw || _shape.Grandchildren > 0 ? MinAgeOfMarriedChild : 0;
        var (father, mother) = Parents(head, partner);
        var children = new List<PersonDraft>(_shape.Children);
        for (var i = 0; i < _shape.Children; i++)
        {
            var maxGap = Math.Max(MinParentGap, Math.Min(MaxParentGap, youngestParent - minChildAge));
            var child = Add(RelationshipCodes.Child, Math.Max(0, youngestParent - _random.Next(MinParentGap, maxGap)));
            child.Sex = DrawSex(0.513);
            child.Father = father;
            child.Mother = mother;
            child.CivilStatus = child.Age >= 30 && _random.Chance(0.07) ? CivilStatusCodes.Divorced : CivilStatusCodes.NeverMarried;
            children.Add(child);
        }

        // Eldest first, as a registry lists them; the children are the last members added so far.
        // OrderBy is stable by contract (List.Sort is not), so twins keep their order on any runtime.
        var eldestFirst = children.OrderByDescending(c => c.Age).ToList();
        _household.Members.RemoveRange(_household.Members.Count - children.Count, children.Count);
        _household.Members.AddRange(eldestFirst);
        return eldestFirst;
    }

    private static (PersonDraft? Father, PersonDraft? Mother) Parents(PersonDraft head, PersonDraft? partner)
    {
        PersonDraft? father = null;
        PersonDraft? mother = null;
        foreach (var parent in partner is null ? [head] : new[] { head, partner })
        {
            if (parent.Sex == Sex.Male)
            {
                father ??= parent;
            }
            else
            {
                mother ??= parent;
            }
        }

        return (father, mother);
    }

    private void AddDescendants(List<PersonDraft> children)
    {
        if (children.Count == 0 || (!_shape.ChildInLaw && _shape.Grandchildren == 0))
        {
            return;
        }

        var child = children[0];
        var youngestParent = child.Age;
        PersonDraft? inLaw = null;
        if (_shape.ChildInLaw)
        {
            inLaw = Add(RelationshipCodes.ChildInLaw, Math.Max(18, child.Age + _random.Next(-4, 4)));
            inLaw.Sex = child.Sex == Sex.Male ? Sex.Female : Sex.Male;
            child.CivilStatus = inLaw.CivilStatus = CivilStatusCodes.Married;
            youngestParent = Math.Min(child.Age, inLaw.Age);
        }

        var (father, mother) = Parents(child, inLaw);
        for (var i = 0; i < _shape.Grandchildren; i++)
        {
            var maxGap = Math.Max(MinParentGap, Math.Min(MaxParentGap, youngestParent));
            var grandchild = Add(RelationshipCodes.Grandchild, Math.Max(0, youngestParent - _random.Next(MinParentGap, maxGap)));
            grandchild.Sex = DrawSex(0.513);
            grandchild.Father = father;
            grandchild.Mother = mother;
            grandchild.CivilStatus = CivilStatusCodes.NeverMarried;
        }
    }

    private void AddGrandparents(PersonDraft head, PersonDraft? partner)
    {
        if (_shape.Grandparents == 0)
        {
            return;
        }

        // A spouse's parents live with the couple about a third of the time; a cohabiting
        // partner's parents are not in-laws, so only the head's own parents join such couples.
        var ofPartner = partner?.Relationship is RelationshipCodes.Spouse or RelationshipCodes.CivilPartner && _random.Chance(0.35);
        var child = ofPartner ? partner! : head;
        var relationship = ofPartner ? RelationshipCodes.ParentInLaw : RelationshipCodes.Parent;
        var first = Add(relationship, Math.Min(MaxAge, child.Age + _random.Next(22, 40)));
        if (_shape.Grandparents == 1)
        {
            first.Sex = DrawSex(0.3);
            first.CivilStatus = _random.Chance(0.85) ? CivilStatusCodes.Widowed : CivilStatusCodes.Divorced;
            SetParent(child, first);
            return;
        }

        var second = Add(relationship, Math.Clamp(first.Age + _random.Next(-4, 4), child.Age + MinParentGap, Math.Min(MaxAge, child.Age + MaxParentGap)));
        first.Sex = Sex.Male;
        second.Sex = Sex.Female;
        first.CivilStatus = second.CivilStatus = CivilStatusCodes.Married;
        SetParent(child, first);
        SetParent(child, second);
    }

    private static void SetParent(PersonDraft child, PersonDraft parent)
    {
        if (parent.Sex == Sex.Male)
        {
            child.Father = parent;
        }
        else
        {
            child.Mother = parent;
        }
    }

    private void AddSiblings(PersonDraft head)
    {
        for (var i = 0; i < _shape.Siblings; i++)
        {
            var sibling = Add(RelationshipCodes.Sibling, Math.Clamp(head.Age + _random.Next(-10, 10), 18, MaxAge));
            sibling.Sex = DrawSex(0.45);
            sibling.CivilStatus = CivilStatusRules.WithoutPartner(sibling.Age, sibling.Sex, _random);
            sibling.SurnameFrom = head;
        }
    }

    private void AddCarer()
    {
        var carer = Add(RelationshipCodes.Cohabitant, _random.Next(30, 62));
        carer.Sex = DrawSex(0.15);
        carer.IsCarer = true;
        carer.CivilStatus = CivilStatusRules.Carer(_random);
    }
}
