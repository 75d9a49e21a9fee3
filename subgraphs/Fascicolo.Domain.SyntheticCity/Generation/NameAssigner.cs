using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity.Data;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>
/// The names facet. Children take their father's surname (a child recognised by the mother alone
/// often takes hers), wives keep their own as the registry does, siblings share the head's;
/// Latin American surnames join the father's first surname and the mother's.
/// </summary>
internal sealed class NameAssigner(Facets facets)
{
    /// <summary>Names every member of <paramref name="household"/>.</summary>
    public void Assign(HouseholdDraft household)
    {
        var random = household.Open(facets.Names);
        foreach (var member in household.Members)
        {
            AssignSurname(member, random);
            member.GivenName = DrawGivenName(member, random);
        }
    }

    private static void AssignSurname(PersonDraft person, SplitMix64 random)
    {
        if (person.Surname.Length > 0)
        {
            return;
        }

        if (person.SurnameFrom is { } relative)
        {
            AssignSurname(relative, random);
            person.Surname = relative.Surname;
            return;
        }

        if (person.Father is { } father)
        {
            AssignSurname(father, random);
            person.Surname = IsDoubleSurname(father.Names)
                ? $"{FirstSurname(father.Surname)} {MaternalSurname(person, father.Names, random)}"
                : father.Surname;
            return;
        }

        if (person.Mother is { } mother && random.Chance(0.5))
        {
            AssignSurname(mother, random);
            person.Surname = IsDoubleSurname(mother.Names)
                ? $"{FirstSurname(mother.Surname)} {DrawSurname(mother.Names, random)}"
                : mother.Surname;
            return;
        }

        person.Surname = IsDoubleSurname(person.Names)
            ? $"{DrawSurname(person.Names, random)} {DrawSurname(person.Names, random)}"
            : DrawSurname(person.Names, random);
    }

    private static string MaternalSurname(PersonDraft person, NameGroup fathersNames, SplitMix64 random)
    {
        if (person.Mother is not { } mother)
        {
            return DrawSurname(fathersNames, random);
        }

        AssignSurname(mother, random);
        return FirstSurname(mother.Surname);
    }

    private static bool IsDoubleSurname(NameGroup group) =>
        group != NameGroup.Italian && ForeignNames.For(group).DoubleSurname;

    private static string FirstSurname(string surname)
    {
        var space = surname.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? surname : surname[..space];
    }

    private static string DrawSurname(NameGroup group, SplitMix64 random) =>
        group == NameGroup.Italian ? Surnames.Italian.Pick(random) : ForeignNames.For(group).Surnames.Pick(random);

    private static string DrawGivenName(PersonDraft person, SplitMix64 random)
    {
        if (person.Names != NameGroup.Italian)
        {
            var names = ForeignNames.For(person.Names);
            return (person.Sex == Sex.Male ? names.Male : names.Female).Pick(random);
        }

        var year = person.BirthDate.Year;
        var table = person.Sex == Sex.Male
            ? year < 1960 ? ItalianMaleNames.BornBefore1960 : year < 1990 ? ItalianMaleNames.Born1960To1989 : ItalianMaleNames.BornFrom1990
            : year < 1960 ? ItalianFemaleNames.BornBefore1960 : year < 1990 ? ItalianFemaleNames.Born1960To1989 : ItalianFemaleNames.BornFrom1990;
        return table.Pick(random);
    }
}
