using Fascicolo.Domain.SyntheticCity.Mobility;
using Fascicolo.Testing;
using static Fascicolo.Testing.EntityRepresentations;

namespace Fascicolo.Subgraphs.Mobility.Tests;

/// <summary><c>_entities</c>: citizens and cars referenced from other subgraphs, batched with a constant number of statements.</summary>
[Collection(SeededMobility.Name)]
public sealed class EntitiesTests(MobilityFixture fixture)
{
    // Every list and nested field that reads the database. Citizen.trafficFines is nullable and
    // Vehicle.trafficFines is not: the alias keeps the two selections compatible.
    private const string Entities = """
        query Entities($representations: [_Any!]!) {
          _entities(representations: $representations) {
            __typename
            ... on Citizen {
              fiscalCode
              vehicles {
                plate make owner { fiscalCode }
                vehicleTax { amount { cents } status paymentPosition { iupd } }
                insurance { status } inspection { dueOn status }
                trafficFines { number amount { cents } status }
                ztlPermits { number isValid }
              }
              trafficFines { number vehicle { plate powerKw } debtor { fiscalCode } paymentPosition { iupd } }
              ztlPermits { number zone vehicle { plate } holder { fiscalCode } }
            }
            ... on Vehicle { plate model vehicleTax { dueDate } vehicleFines: trafficFines { number } }
          }
        }
        """;

    [Fact]
    public async Task Entities_Should_ResolveCitizensAndVehiclesInOrder_When_GivenMixedRepresentations()
    {
        var car = fixture.City.Vehicles()[3];
        var owner = fixture.City.GetPersona(Fascicolo.Domain.SyntheticCity.DemoPersonaKeys.VehicleOwner).FiscalCode;
        object[] representations =
        [
            Representation("Vehicle", "plate", car.Plate),
            Representation("Citizen", "fiscalCode", owner),
            Representation("Citizen", "fiscalCode", "RSSMRA45D25F205N"),
            Representation("Vehicle", "plate", "ZZ999ZZ"),
        ];

        using var response = await fixture.Host.QueryAsync(Entities, new { representations });

        var entities = response.Data().GetProperty("_entities").EnumerateArray().ToList();
        Assert.Equal(4, entities.Count);
        Assert.Equal(car.Model, entities[0].GetProperty("model").GetString());
        Assert.Equal(PersonaMobility.VehicleOwnerPlate, entities[1].GetProperty("vehicles")[0].GetProperty("plate").GetString());
        // A valid code nobody owns a car with is still a citizen here, with nothing in mobility.
        Assert.Equal("RSSMRA45D25F205N", entities[2].GetProperty("fiscalCode").GetString());
        Assert.Equal(0, entities[2].GetProperty("vehicles").GetArrayLength());
        Assert.True(entities[3].IsNull());
    }

    [Fact]
    public async Task Entities_Should_FailWithInvalidFiscalCode_When_ARepresentationHoldsAnInvalidCode()
    {
        object[] representations = [Representation("Citizen", "fiscalCode", "RSSMRA45D25F205X")];

        using var response = await fixture.Host.QueryAsync(Entities, new { representations });

        var error = response.SingleError();
        Assert.Equal("INVALID_FISCAL_CODE", error.Extension("code"));
        Assert.Equal("CHECK_CHARACTER_MISMATCH", error.Extension("reason"));
    }

    [Fact]
    public async Task Entities_Should_RunTheSameNumberOfStatements_When_ResolvingFiveOrAHundredCitizens()
    {
        // Car owners first, so that every nested field has rows to batch.
        var owners = fixture.City.Vehicles().Select(v => v.OwnerFiscalCode).Distinct()
            .Concat(fixture.City.Residents.Select(r => r.FiscalCode)).Distinct().Take(100)
            .Select(code => Representation("Citizen", "fiscalCode", code)).ToList();
        // Warm up: the first commands of a data source load PostgreSQL's types.
        await fixture.Host.CountEntityStatementsAsync(Entities, owners.Take(3));

        var five = await fixture.Host.CountEntityStatementsAsync(Entities, owners.Take(5));
        var hundred = await fixture.Host.CountEntityStatementsAsync(Entities, owners);

        var report = $"5 citizens:\n{string.Join("\n---\n", five)}\n\n100 citizens:\n{string.Join("\n---\n", hundred)}";
        Assert.True(five.Count == hundred.Count, $"The statement count grew with the representations ({five.Count} vs {hundred.Count}).\n{report}");
        // Citizens' cars, fines and permits; then the cars' tax, fines and permits, and the cars of the
        // citizens' fines and permits (one batch): 7 statements, each with = any(@keys).
        Assert.True(hundred.Count == 7, $"Expected one statement per loader and level (7), got {hundred.Count}.\n{report}");
        Assert.All(hundred, sql => Assert.Contains("= any(@keys)", sql, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Entities_Should_RunTheSameNumberOfStatements_When_ResolvingFiveOrAHundredVehicles()
    {
        var cars = fixture.City.Vehicles().Take(100).Select(v => Representation("Vehicle", "plate", v.Plate)).ToList();
        await fixture.Host.CountEntityStatementsAsync(Entities, cars.Take(3));

        var five = await fixture.Host.CountEntityStatementsAsync(Entities, cars.Take(5));
        var hundred = await fixture.Host.CountEntityStatementsAsync(Entities, cars);

        // The cars, then their taxes and fines.
        Assert.Equal(3, five.Count);
        Assert.Equal(five.Count, hundred.Count);
    }
}
