using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Fascicolo.Subgraphs.Education.Tests;

/// <summary>
/// The education subgraph on real Kestrel and a fresh PostgreSQL database, seeded once for the whole
/// test collection with a small city, and the same city generated in memory to say what the answers
/// must be. The clock is pinned to the city's reference date, so overdue flags (and the snapshots)
/// never drift.
/// </summary>
public sealed class EducationFixture : SubgraphFixture
{
    /// <summary>The size of the seeded city: enough for siblings, special diets and every school order.</summary>
    public const int Residents = 1_200;

    /// <summary>The city the database was seeded with.</summary>
    public City City { get; } = SyntheticCityGenerator.Generate(new CityOptions { Residents = Residents, Seed = SeedOptions.DefaultSeed });

    /// <summary>The date the subgraph believes is today.</summary>
    public DateOnly Today => City.Options.ReferenceDate;

    /// <summary>The fiscal code of a demo persona.</summary>
    public string FiscalCodeOf(string personaKey) => City.GetPersona(personaKey).FiscalCode;

    /// <summary>The welfare persona's daughter, Aurora.</summary>
    public Resident WelfarePersonaDaughter
    {
        get
        {
            var mother = City.FindResident(FiscalCodeOf(DemoPersonaKeys.WelfareRecipient))!;
            var daughter = City.FindHousehold(mother.HouseholdId)!.Members.Single(m => m.RelationshipCode == RelationshipCodes.Child);
            return City.FindResident(daughter.FiscalCode)!;
        }
    }

    /// <summary>Counts the rows of every table and sums their amounts: equal before and after means nothing was written.</summary>
    public async Task<string> DatabaseStateAsync()
    {
        const string Sql = """
            select concat_ws(' ',
                (select count(*) from school), (select count(*) from enrolment), (select count(*) from canteen_month),
                (select count(*) from canteen_bill), (select coalesce(sum(amount_cents), 0) from canteen_bill),
                (select count(*) from special_diet), (select count(*) from book_voucher),
                (select count(*) from kit_schema_migrations))
            """;
        await using var dataSource = NpgsqlDataSource.Create(Host.Database.ConnectionString);
        await using var command = dataSource.CreateCommand(Sql);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <inheritdoc/>
    protected override SubgraphModule CreateModule() => new EducationModule();

    /// <inheritdoc/>
    protected override SubgraphTestHostOptions CreateOptions() => new()
    {
        SeedResidents = Residents,
        Seed = SeedOptions.DefaultSeed,
        // Noon UTC is the same calendar day in Rome.
        Configure = builder => builder.Services.AddSingleton<TimeProvider>(
            FixedTimeProvider.NoonOf(Today)),
    };

}

/// <summary>One seeded subgraph for every test class that needs one: seeding once keeps the project fast.</summary>
[CollectionDefinition(Name)]
public sealed class SeededEducation : ICollectionFixture<EducationFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "education";
}
