namespace Fascicolo.Domain.SyntheticCity.Tests;

public sealed class PersonaTests
{
    private static readonly string[] Keys =
    [
        DemoPersonaKeys.Parent, DemoPersonaKeys.Pupil, DemoPersonaKeys.VehicleOwner,
        DemoPersonaKeys.WelfareRecipient, DemoPersonaKeys.SoleTrader, DemoPersonaKeys.Taxpayer,
    ];

    [Fact]
    public void Personas_Should_HaveTheSameFiscalCodes_When_CitiesDifferInSize()
    {
        var small = Cities.Small.Personas.Select(p => (p.Key, p.FiscalCode, p.FullName));
        var large = Cities.Large.Personas.Select(p => (p.Key, p.FiscalCode, p.FullName));

        Assert.Equal(Keys, Cities.Small.Personas.Select(p => p.Key));
        Assert.Equal(small, large);
    }

    [Fact]
    public void Personas_Should_HaveTheSameFiscalCodes_When_SeedsDiffer()
    {
        var other = SyntheticCityGenerator.Generate(new CityOptions { Residents = 500, Seed = 7 });

        Assert.Equal(Cities.Small.Personas.Select(p => p.FiscalCode), other.Personas.Select(p => p.FiscalCode));
    }

    [Theory]
    [MemberData(nameof(Cities.Sizes), MemberType = typeof(Cities))]
    public void Personas_Should_BeResidentsWithAValidIdentityCard_When_CityIsGenerated(string size)
    {
        var city = Cities.BySize(size);

        foreach (var persona in city.Personas)
        {
            var resident = city.FindResident(persona.FiscalCode);
            Assert.NotNull(resident);
            Assert.Equal(persona.FullName, resident.FullName);
            Assert.False(FiscalCodes.FiscalCode.Parse(persona.FiscalCode).IsOmocodic);
            Assert.Contains(resident.Documents, d => d.Type != IdentityDocumentType.Passport && d.IsValidOn(city.Options.ReferenceDate));
            Assert.False(string.IsNullOrWhiteSpace(persona.Description));
        }
    }

    [Fact]
    public void ParentPersona_Should_LiveWithAnEightYearOldChild_When_ReferenceDateIsTheDefault()
    {
        var city = Cities.Small;
        var parent = city.FindResident(city.GetPersona(DemoPersonaKeys.Parent).FiscalCode)!;
        var pupil = city.FindResident(city.GetPersona(DemoPersonaKeys.Pupil).FiscalCode)!;

        Assert.Equal(parent.HouseholdId, pupil.HouseholdId);
        Assert.Equal(RelationshipCodes.Head, parent.RelationshipCode);
        Assert.Equal(RelationshipCodes.Child, pupil.RelationshipCode);
        Assert.Equal(8, pupil.AgeOn(city.Options.ReferenceDate));
    }

    [Fact]
    public void Personas_Should_HaveHouseholdsOfTheirOwn_When_CityIsGenerated()
    {
        var city = Cities.Large;
        var personaHouseholds = city.Personas.Select(p => city.FindResident(p.FiscalCode)!.HouseholdId).Distinct().ToList();

        Assert.Equal(["HH-0000001", "HH-0000002", "HH-0000003", "HH-0000004", "HH-0000005"], personaHouseholds);
        Assert.All(personaHouseholds, id => Assert.Contains(city.FindHousehold(id)!.Members, m => city.Personas.Any(p => p.FiscalCode == m.FiscalCode)));
    }

    [Fact]
    public void GetPersona_Should_Throw_When_KeyIsUnknown()
    {
        Assert.Throws<KeyNotFoundException>(() => Cities.Small.GetPersona("nobody"));
    }
}
