using System.Globalization;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>Turning the drafts into the public, immutable records.</summary>
internal sealed partial class CityBuilder
{
    private City Freeze(List<HouseholdDraft> households, Dwelling[] dwellings, HousingStock stock, IReadOnlyList<PersonaHousehold> personas)
    {
        var issuer = new DocumentIssuer(_facets, options.ReferenceDate);
        var records = new Household[households.Count];
        var members = new Resident[households.Count][];

        // Every household draws from its own streams, so freezing them in parallel changes nothing;
        // only the uniqueness of document numbers needs the residents in order, below.
        Parallel.For(0, households.Count, i => (records[i], members[i]) = Freeze(households[i], i, dwellings[i], issuer));

        var numbers = new DocumentNumbers(options.Residents);
        var renumbering = _facets.Documents.Derive("renumbering");
        var residents = new List<Resident>(options.Residents);
        for (var i = 0; i < households.Count; i++)
        {
            for (var m = 0; m < members[i].Length; m++)
            {
                residents.Add(numbers.Reserve(members[i][m], households[i], m, renumbering));
            }
        }

        var demoPersonas = personas
            .SelectMany(p => p.Personas)
            .Select(p => new DemoPersona(p.Key, p.Description, p.Person.FiscalCode, $"{p.Person.GivenName} {p.Person.Surname}"))
            .ToArray();
        return new City(options, Data.Municipalities.All, stock.Buildings, stock.Dwellings, records, residents, demoPersonas);
    }

    private static (Household Household, Resident[] Members) Freeze(HouseholdDraft draft, int index, Dwelling dwelling, DocumentIssuer issuer)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"HH-{index + 1:D7}");
        var members = new HouseholdMember[draft.Members.Count];
        var residents = new Resident[draft.Members.Count];
        for (var m = 0; m < members.Length; m++)
        {
            var person = draft.Members[m];
            members[m] = new HouseholdMember(person.FiscalCode, person.Relationship);
            residents[m] = new Resident(
                person.FiscalCode,
                person.Surname,
                person.GivenName,
                person.Sex,
                person.BirthDate,
                person.BirthplaceCode,
                person.Citizenship,
                person.CivilStatus,
                id,
                person.Relationship,
                issuer.Issue(draft, m));
        }

        return (new Household(id, dwelling.Id, draft.Head.FiscalCode, members), residents);
    }
}
