using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Domain.SyntheticCity.Mobility;

namespace Fascicolo.Subgraphs.Mobility.Tests.Facet;

/// <summary>The mobility facet of the synthetic city: how many cars, whose, and what the ledger asks for them.</summary>
public sealed class CityMobilityTests
{
    private static readonly City City = SyntheticCityGenerator.Generate(new CityOptions { Residents = 3_000 });

    [Fact]
    public void Vehicles_Should_NumberAboutSixTenthsPerAdult_When_Generated()
    {
        var adults = City.Residents.Count(r => r.AgeOn(City.Options.ReferenceDate) >= 18);

        var perAdult = (double)City.Vehicles().Count / adults;

        Assert.InRange(perAdult, 0.55, 0.65);
    }

    [Fact]
    public void Vehicles_Should_BelongToAdultResidentsAndHaveUniqueValidPlates_When_Generated()
    {
        var vehicles = City.Vehicles();

        Assert.All(vehicles, v =>
        {
            Assert.True(ItalianPlates.IsValid(v.Plate), v.Plate);
            Assert.True(City.FindResident(v.OwnerFiscalCode)!.AgeOn(City.Options.ReferenceDate) >= 18, v.OwnerFiscalCode);
            Assert.True(v.RegistrationDate < City.Options.ReferenceDate);
            Assert.True(v.PowerKw > 0);
            Assert.Equal(v.Fuel == VehicleFuel.Electric ? EmissionClass.Euro6 : EmissionClasses.ForRegistration(v.RegistrationDate), v.EmissionClass);
        });
        Assert.Equal(vehicles.Count, vehicles.Select(v => v.Plate).Distinct().Count());
    }

    [Fact]
    public void Generate_Should_GiveTheSameFacet_When_TheSameCityIsGeneratedTwice()
    {
        var again = SyntheticCityGenerator.Generate(new CityOptions { Residents = 3_000 });

        Assert.Equal(City.Vehicles(), again.Vehicles());
        Assert.Equal(City.TrafficFines(), again.TrafficFines());
        Assert.Equal(City.ZtlPermits(), again.ZtlPermits());
        Assert.Equal(City.TrafficNews(), again.TrafficNews());
    }

    [Fact]
    public void VehicleOwner_Should_OwnTheFixedPlateWithAnUnpaidFine_When_AnyCityIsGenerated()
    {
        foreach (var city in new[] { City, SyntheticCityGenerator.Generate(new CityOptions { Residents = 150, Seed = 7 }) })
        {
            var owner = city.GetPersona(DemoPersonaKeys.VehicleOwner).FiscalCode;

            var car = Assert.Single(city.VehiclesOf(owner));
            var unpaid = Assert.Single(city.TrafficFinesOf(car.Plate), f => f.PaidOn is null);

            Assert.Equal((PersonaMobility.VehicleOwnerPlate, "Volkswagen", "Golf"), (car.Plate, car.Make, car.Model));
            Assert.Equal(HighwayCodeViolations.ZtlAccess, unpaid.Violation);
            // Notified three days ago: the reduced amount is still open.
            Assert.True(FineAmounts.ReducedUntil(unpaid.NotifiedOn) > city.Options.ReferenceDate);
        }
    }

    [Fact]
    public void Debts_Should_MatchEveryTaxPeriodAndFine_When_TheLedgerIsBuilt()
    {
        var ledger = City.PaymentsDue().ToDictionary(p => p.Iupd, StringComparer.Ordinal);

        foreach (var period in City.VehicleTaxPeriods())
        {
            if (period.Iupd is null)
            {
                Assert.Equal(0, period.Assessment.AmountCents);
                continue;
            }
            var due = ledger[period.Iupd];
            Assert.Equal((PaymentService.VehicleTax, Creditors.RegioneLiguria, period.OwnerFiscalCode), (due.Service, due.CreditorFiscalCode, due.DebtorFiscalCode));
            var option = Assert.Single(due.Options);
            Assert.Equal((period.Assessment.AmountCents, period.DueDate, period.PaidOn), (option.AmountCents, option.DueDate, option.PaidOn));
        }
        foreach (var fine in City.TrafficFines())
        {
            var due = ledger[fine.Iupd];
            Assert.Equal((PaymentService.TrafficFine, Creditors.ComuneDiGenova, fine.DebtorFiscalCode), (due.Service, due.CreditorFiscalCode, due.DebtorFiscalCode));
            Assert.Equal(fine.ReducedCents is null ? [fine.FullCents] : [fine.ReducedCents.Value, fine.FullCents], due.Options.Select(o => o.AmountCents));
            Assert.All(due.Options, o => Assert.False(o.IsPartialPayment));
            // The option paid is the one whose amount was paid, no other.
            Assert.Equal(fine.PaidOn is null ? 0 : 1, due.Options.Count(o => o.PaidOn is not null));
            Assert.InRange(due.Description.Length, 1, 140);
        }
    }

    [Fact]
    public void Fines_Should_BeNotifiedWithin90DaysAndPaidAfterNotification_When_Generated()
    {
        var reference = City.Options.ReferenceDate;

        Assert.All(City.TrafficFines(), f =>
        {
            var committed = DateOnly.FromDateTime(f.CommittedAt);
            Assert.InRange(f.NotifiedOn.DayNumber - committed.DayNumber, 0, 90);
            Assert.True(f.NotifiedOn < reference);
            Assert.True(f.PaidOn is null || (f.PaidOn >= f.NotifiedOn && f.PaidOn < reference));
            Assert.True(f.PaidCents is null || f.PaidCents == f.FullCents || f.PaidCents == f.ReducedCents);
        });
        Assert.Equal(City.TrafficFines().Count, City.TrafficFines().Select(f => f.Number).Distinct().Count());
    }

    [Fact]
    public void ZtlPermits_Should_BeHeldByTheCarsOwners_When_Generated()
    {
        var permits = City.ZtlPermits();

        Assert.NotEmpty(permits);
        Assert.All(permits, p => Assert.Equal(City.FindVehicle(p.Plate)!.OwnerFiscalCode, p.HolderFiscalCode));
    }

    [Fact]
    public void TrafficNews_Should_SurroundTheReferenceDate_When_Generated()
    {
        var news = City.TrafficNews();
        var reference = City.Options.ReferenceDate.ToDateTime(TimeOnly.MinValue);

        Assert.Contains(news, n => n.ValidFrom <= reference && (n.ValidUntil is null || n.ValidUntil > reference));
        Assert.Contains(news, n => n.Kind == TrafficNewsKind.Event);
        Assert.Equal(news.OrderBy(n => n.ValidFrom).Select(n => n.Id), news.Select(n => n.Id));
    }
}
