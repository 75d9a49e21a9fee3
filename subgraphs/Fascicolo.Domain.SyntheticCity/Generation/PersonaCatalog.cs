using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity.Data;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>
/// The demo personas: fixed households whose members' data never changes, so that their fiscal
/// codes are the same in every city. They are placed before any generated household, so they
/// also always get the first household and dwelling ids and never an omocodic code.
/// </summary>
internal static class PersonaCatalog
{
    /// <summary>The persona households, each living in the given area.</summary>
    public static IReadOnlyList<PersonaHousehold> Create(IReadOnlyList<AreaProfile> areas, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(areas);
        AreaProfile Municipio(int number) => areas.Single(a => a.Municipality == Municipalities.Genova && a.Municipio == number);
        PersonDraft Person(int relationship, string givenName, string surname, Sex sex, DateOnly birthDate, int civilStatus, string birthplace = "D969") =>
            new()
            {
                Relationship = relationship,
                GivenName = givenName,
                Surname = surname,
                Sex = sex,
                BirthDate = birthDate,
                Age = Ages.On(birthDate, referenceDate),
                CivilStatus = civilStatus,
                BirthplaceCode = birthplace,
                NeedsValidIdentityCard = true,
            };

        var giulia = Person(RelationshipCodes.Head, "Giulia", "Parodi", Sex.Female, new(1985, 4, 17), CivilStatusCodes.Married);
        var andrea = Person(RelationshipCodes.Spouse, "Andrea", "Canepa", Sex.Male, new(1983, 9, 2), CivilStatusCodes.Married);
        var matteo = Person(RelationshipCodes.Child, "Matteo", "Canepa", Sex.Male, new(2017, 5, 21), CivilStatusCodes.NeverMarried);
        matteo.Father = andrea;
        matteo.Mother = giulia;
        var marco = Person(RelationshipCodes.Head, "Marco", "Bruzzone", Sex.Male, new(1978, 11, 8), CivilStatusCodes.Divorced);
        var sara = Person(RelationshipCodes.Head, "Sara", "Repetto", Sex.Female, new(1991, 2, 14), CivilStatusCodes.NeverMarried);
        var aurora = Person(RelationshipCodes.Child, "Aurora", "Repetto", Sex.Female, new(2019, 10, 3), CivilStatusCodes.NeverMarried);
        aurora.Mother = sara;
        var stefano = Person(RelationshipCodes.Head, "Stefano", "Ravera", Sex.Male, new(1972, 6, 30), CivilStatusCodes.Married, birthplace: "C621");
        var elena = Person(RelationshipCodes.Spouse, "Elena", "Ghio", Sex.Female, new(1975, 3, 11), CivilStatusCodes.Married);
        var paolo = Person(RelationshipCodes.Head, "Paolo", "Ghiglione", Sex.Male, new(1964, 1, 25), CivilStatusCodes.Married);
        var marina = Person(RelationshipCodes.Spouse, "Marina", "Oliveri", Sex.Female, new(1966, 8, 19), CivilStatusCodes.Married);

        return
        [
            new(Household(Municipio(8), DemoPersonaKeys.Parent, giulia, andrea, matteo),
            [
                new(DemoPersonaKeys.Parent, giulia, "Giulia Parodi (born 1985), Medio Levante, married to Andrea Canepa: mother of Matteo, who is in primary school and lives with them; the parent who sees a child's school, canteen and fee data."),
                new(DemoPersonaKeys.Pupil, matteo, "Matteo Canepa (born 21 May 2017, aged 8 on 1 January 2026), son of the parent persona: in the third year of primary school; his school data is reached through his parents."),
            ]),
            new(Household(Municipio(5), DemoPersonaKeys.VehicleOwner, marco),
            [
                new(DemoPersonaKeys.VehicleOwner, marco, "Marco Bruzzone (born 1978), Valpolcevera, divorced, lives alone: owns a car with an unpaid fine."),
            ]),
            new(Household(Municipio(2), DemoPersonaKeys.WelfareRecipient, sara, aurora),
            [
                new(DemoPersonaKeys.WelfareRecipient, sara, "Sara Repetto (born 1991), Centro Ovest, lone mother of Aurora (born 2019): receives a social benefit, with an ISEE attestation."),
            ]),
            new(Household(Municipio(1), DemoPersonaKeys.SoleTrader, stefano, elena),
            [
                new(DemoPersonaKeys.SoleTrader, stefano, "Stefano Ravera (born 1972 in Chiavari), Centro Est, married to Elena Ghio: a sole trader (ditta individuale) with a business (SUAP) procedure."),
            ]),
            new(Household(Municipio(9), DemoPersonaKeys.Taxpayer, paolo, marina),
            [
                new(DemoPersonaKeys.Taxpayer, paolo, "Paolo Ghiglione (born 1964), Levante, married to Marina Oliveri: a taxpayer with an overdue TARI notice."),
            ]),
        ];
    }

    private static HouseholdDraft Household(AreaProfile area, string key, params PersonDraft[] members)
    {
        var household = new HouseholdDraft(area, $"persona/{key}", 0);
        household.Members.AddRange(members);
        return household;
    }
}
