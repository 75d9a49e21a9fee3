using Fascicolo.Domain.SyntheticCity.Mobility;
using Fascicolo.Testing;
using Npgsql;

namespace Fascicolo.Subgraphs.Mobility.Tests;

/// <summary>The root fields about cars and fines, and the coded errors of bad input (which never write anything).</summary>
[Collection(SeededMobility.Name)]
public sealed class VehicleQueryTests(MobilityFixture fixture)
{
    [Theory]
    [InlineData("FX318KM")]
    [InlineData("fx 318 km")]
    [InlineData(" FX-318-KM ")]
    public async Task Vehicle_Should_FindTheCar_When_ThePlateIsTypedAsPeopleDo(string plate)
    {
        using var response = await fixture.Host.QueryAsync("query($plate: String!) { vehicle(plate: $plate) { plate make owner { fiscalCode } } }", new { plate });

        var vehicle = response.Data().GetProperty("vehicle");
        Assert.Equal(PersonaMobility.VehicleOwnerPlate, vehicle.GetProperty("plate").GetString());
        Assert.Equal(fixture.City.GetPersona(Fascicolo.Domain.SyntheticCity.DemoPersonaKeys.VehicleOwner).FiscalCode, vehicle.GetProperty("owner").GetProperty("fiscalCode").GetString());
    }

    [Fact]
    public async Task Vehicle_Should_BeNull_When_ThePlateIsValidButNotRegistered()
    {
        Assert.Null(fixture.City.FindVehicle("ZZ999ZZ"));

        using var response = await fixture.Host.QueryAsync("{ vehicle(plate: \"ZZ999ZZ\") { plate } }");

        Assert.True(response.Data().GetProperty("vehicle").IsNull());
    }

    [Fact]
    public async Task TrafficFine_Should_BeFound_When_NumberAndPlateMatchTheVerbale()
    {
        var fine = fixture.City.TrafficFinesOf(PersonaMobility.VehicleOwnerPlate).Single(f => f.PaidOn is null);

        using var response = await fixture.Host.QueryAsync(
            "query($number: String!, $plate: String!) { trafficFine(number: $number, plate: $plate) { number status amountDue { cents } paymentPosition { iupd } } }",
            new { number = fine.Number, plate = fine.Plate });

        var found = response.Data().GetProperty("trafficFine");
        Assert.Equal(fine.Iupd, found.GetProperty("paymentPosition").GetProperty("iupd").GetString());
        Assert.Equal(fine.ReducedCents, found.GetProperty("amountDue").GetProperty("cents").GetInt64());
    }

    [Fact]
    public async Task TrafficFine_Should_BeNull_When_ThePlateIsAnotherCars()
    {
        var fine = fixture.City.TrafficFinesOf(PersonaMobility.VehicleOwnerPlate)[0];
        var other = fixture.City.Vehicles().First(v => v.Plate != fine.Plate).Plate;

        using var response = await fixture.Host.QueryAsync(
            "query($number: String!, $plate: String!) { trafficFine(number: $number, plate: $plate) { number } }", new { number = fine.Number, plate = other });

        Assert.True(response.Data().GetProperty("trafficFine").IsNull());
    }

    [Theory]
    // 85 kW Euro 6 diesel registered in March 2019: € 219,30 for the period from March 2025.
    [InlineData(85, "DIESEL", "2019-03-14", null, 21_930, "ORDINARY", "2025-03-01", "2025-03-31")]
    // The emission class given overrides the registration date's: 110 kW Euro 3, 100 × € 2,70 + 10 × € 4,05.
    [InlineData(110, "PETROL", "2019-03-14", "EURO_3", 31_050, "ORDINARY", "2025-03-01", "2025-03-31")]
    // An electric car registered in 2023 is exempt.
    [InlineData(150, "ELECTRIC", "2023-10-02", null, 0, "ELECTRIC_EXEMPT", "2025-10-01", "2025-10-31")]
    // A 1990 car pays the flat road tax.
    [InlineData(40, "PETROL", "1990-01-15", null, 2_582, "HISTORIC", "2026-01-01", "2026-01-31")]
    public async Task VehicleTaxEstimate_Should_ApplyLiguriasTariff_When_GivenCarData(
        int powerKw, string fuel, string registrationDate, string? emissionClass, long cents, string basis, string periodStart, string dueDate)
    {
        using var response = await fixture.Host.QueryAsync(
            "query($kw: Int!, $fuel: VehicleFuel!, $date: DateOnly!, $class: VehicleEmissionClass) { vehicleTaxEstimate(powerKw: $kw, fuel: $fuel, registrationDate: $date, emissionClass: $class) { amount { cents } basis periodStart dueDate } }",
            new { kw = powerKw, fuel, date = registrationDate, @class = emissionClass });

        var estimate = response.Data().GetProperty("vehicleTaxEstimate");
        Assert.Equal(cents, estimate.GetProperty("amount").GetProperty("cents").GetInt64());
        Assert.Equal(basis, estimate.GetProperty("basis").GetString());
        Assert.Equal(periodStart, estimate.GetProperty("periodStart").GetString());
        Assert.Equal(dueDate, estimate.GetProperty("dueDate").GetString());
    }

    [Theory]
    [InlineData("{ vehicle(plate: \"FX318KO\") { plate } }", "INVALID_PLATE")]
    [InlineData("{ vehicle(plate: \"GE123456\") { plate } }", "INVALID_PLATE")]
    [InlineData("{ trafficFine(number: \"42\", plate: \"FX318KM\") { number } }", "INVALID_FINE_NUMBER")]
    [InlineData("{ trafficFine(number: \"2025/0000001\", plate: \"nope\") { number } }", "INVALID_PLATE")]
    [InlineData("{ vehicleTaxEstimate(powerKw: -85, fuel: DIESEL, registrationDate: \"2019-03-14\") { basis } }", "INVALID_POWER")]
    [InlineData("{ vehicleTaxEstimate(powerKw: 0, fuel: DIESEL, registrationDate: \"2019-03-14\") { basis } }", "INVALID_POWER")]
    [InlineData("{ vehicleTaxEstimate(powerKw: 85, fuel: DIESEL, registrationDate: \"2027-01-01\") { basis } }", "INVALID_DATE")]
    [InlineData("{ vehicleTaxEstimate(powerKw: 85, fuel: DIESEL, registrationDate: \"2019-03-14\", periodStart: \"2025-04-01\") { basis } }", "INVALID_DATE")]
    [InlineData("{ vehicleTaxEstimate(powerKw: 85, fuel: KEROSENE, registrationDate: \"2019-03-14\") { basis } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("{ vehicleTaxEstimate(powerKw: 85, fuel: DIESEL, emissionClass: EURO_7, registrationDate: \"2019-03-14\") { basis } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("{ routes(type: SPACESHIP) { id } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("{ trafficNews(first: 0) { edges { node { id } } } }", "INVALID_PAGE_SIZE")]
    [InlineData("{ trafficNews(after: \"not-a-cursor\") { edges { node { id } } } }", "INVALID_CURSOR")]
    public async Task Query_Should_FailWithACodeAndWriteNothing_When_AnArgumentIsInvalid(string query, string code)
    {
        var before = await CountRowsAsync();

        using var response = await fixture.Host.QueryAsync(query);

        var error = response.SingleError();
        Assert.Equal(code, error.Extension("code"));
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.Equal(before, await CountRowsAsync());
    }

    /// <summary>Every row of every table, so a test can prove a failed request wrote nothing.</summary>
    private async Task<long> CountRowsAsync()
    {
        await using var connection = new NpgsqlConnection(fixture.Host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select (select count(*) from vehicle) + (select count(*) from vehicle_tax) + (select count(*) from traffic_fine)
                 + (select count(*) from ztl_permit) + (select count(*) from traffic_news) + (select count(*) from gtfs_stop_time)
                 + (select count(*) from gtfs_trip) + (select count(*) from gtfs_stop)
            """, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
