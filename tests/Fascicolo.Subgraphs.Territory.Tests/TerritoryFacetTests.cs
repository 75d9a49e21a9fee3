using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Properties;
using Fascicolo.Domain.SyntheticCity.Territory;

namespace Fascicolo.Subgraphs.Territory.Tests;

/// <summary>The territory facet of the synthetic city: deterministic, and consistent with the core city and the cadastre.</summary>
public sealed class TerritoryFacetTests
{
    private static readonly City City = SyntheticCityGenerator.Generate(new CityOptions { Residents = 3_000, Seed = 7 });

    [Fact]
    public void Facets_Should_BeIdentical_When_TheCityIsGeneratedTwice()
    {
        var again = SyntheticCityGenerator.Generate(new CityOptions { Residents = 3_000, Seed = 7 });

        Assert.Equal(City.Condominiums(), again.Condominiums());
        Assert.Equal(City.EnergyCertificates(), again.EnergyCertificates());
        Assert.Equal(City.CivilProtectionAlerts(), again.CivilProtectionAlerts());
        Assert.Equal(City.FloodRedZones().SelectMany(z => z.BuildingIds), again.FloodRedZones().SelectMany(z => z.BuildingIds));
    }

    [Fact]
    public void Condominiums_Should_BeTheBuildingsWithEnoughDwellings_When_Generated()
    {
        var dwellings = City.Dwellings.GroupBy(d => d.BuildingId).ToDictionary(g => g.Key, g => g.Count());
        var expected = City.Buildings.Where(b => dwellings.GetValueOrDefault(b.Id) >= Condominium.MinDwellings).Select(b => b.Id);

        Assert.Equal(expected, City.Condominiums().Select(c => c.BuildingId));
        Assert.All(City.Condominiums(), c =>
        {
            Assert.Equal("CND-" + c.BuildingId[4..], c.Id);
            Assert.Equal(dwellings[c.BuildingId], c.DwellingCount);
            Assert.True(CompanyFiscalCode.TryParse(c.FiscalCode, out _, out _), c.FiscalCode);
            Assert.StartsWith("9", c.FiscalCode, StringComparison.Ordinal);
            if (c.Administrator.Kind == AdministratorKind.Company)
            {
                Assert.True(CompanyFiscalCode.TryParse(c.Administrator.FiscalCode, out _, out _), c.Administrator.FiscalCode);
                Assert.True(c.DwellingCount > Condominium.MaxOwnersWithoutProfessional);
            }
            else
            {
                Assert.NotNull(City.FindResident(c.Administrator.FiscalCode));
            }
        });
    }

    [Fact]
    public void SmallCondominiums_Should_BeRunByOneOfTheirOwners_When_Generated()
    {
        foreach (var condominium in City.Condominiums().Where(c => c.DwellingCount <= Condominium.MaxOwnersWithoutProfessional))
        {
            var owners = City.CadastralUnits().Where(u => u.BuildingId == condominium.BuildingId).SelectMany(u => u.Owners).Select(o => o.OwnerFiscalCode);
            Assert.Contains(condominium.Administrator.FiscalCode, owners);
        }
    }

    [Fact]
    public void EnergyCertificates_Should_CertifyDwellingsWithConsistentClassesAndCodes_When_Generated()
    {
        var certificates = City.EnergyCertificates();
        Assert.NotEmpty(certificates);
        Assert.Equal(certificates.Count, certificates.Select(c => c.Code).Distinct().Count());
        Assert.All(certificates, c =>
        {
            var unit = City.FindCadastralUnit(c.CadastralUnitId);
            Assert.NotNull(unit);
            Assert.NotNull(unit.DwellingId);
            Assert.Equal(unit.BuildingId, c.BuildingId);
            Assert.StartsWith($"APE-{c.IssuedOn.Year}-", c.Code, StringComparison.Ordinal);
            Assert.True(c.IssuedOn < City.Options.ReferenceDate);
            Assert.Equal(c.IssuedOn.AddYears(10), c.ExpiresOn);
            Assert.NotNull(City.FindResident(c.CertifierFiscalCode));
        });
        // Every era and so every class shows up in a city of this size, and some certificates have expired.
        Assert.True(certificates.Select(c => c.Class).Distinct().Count() >= 8);
        Assert.Contains(certificates, c => !c.IsValidOn(City.Options.ReferenceDate));
    }

    [Fact]
    public void EnergyCertificates_Should_BeWorseOnAverage_When_TheBuildingIsOlder()
    {
        double AverageClass(Func<int, bool> era) => City.EnergyCertificates()
            .Where(c => c.Purpose != EnergyCertificatePurpose.Renovation && era(City.FindBuilding(c.BuildingId)!.ConstructionYear))
            .Average(c => (int)c.Class);

        Assert.True(AverageClass(y => y <= 1945) > AverageClass(y => y is > 1976 and <= 2005));
    }

    [Fact]
    public void EnergyCertificates_Should_CoverTheTaxpayersHomeAndLetDwelling_When_Generated()
    {
        var taxpayer = City.GetPersona(DemoPersonaKeys.Taxpayer).FiscalCode;

        Assert.All(
            City.PropertiesOf(taxpayer).Where(u => u.DwellingId is not null),
            u => Assert.Contains(City.EnergyCertificates(), c => c.CadastralUnitId == u.Id));
    }

    [Fact]
    public void Alerts_Should_NeverOverlapInAZone_When_Generated()
    {
        foreach (var zone in City.CivilProtectionAlerts().GroupBy(a => a.ZoneCode))
        {
            var alerts = zone.OrderBy(a => a.ValidFrom).ToList();
            for (var i = 1; i < alerts.Count; i++)
            {
                Assert.True(alerts[i - 1].ValidTo <= alerts[i].ValidFrom, $"{alerts[i - 1].Id} overlaps {alerts[i].Id}.");
            }
        }
    }

    [Fact]
    public void Alerts_Should_HaveUniqueIdsAndValidTimes_When_Generated()
    {
        var alerts = City.CivilProtectionAlerts();

        Assert.Equal(alerts.Count, alerts.Select(a => a.Id).Distinct().Count());
        Assert.All(alerts, a =>
        {
            Assert.Matches("^ALR-[0-9]{4}-[0-9]{3}-[A-E]$", a.Id);
            Assert.True(a.IssuedAt < a.ValidFrom && a.ValidFrom < a.ValidTo);
            Assert.Equal(DateTimeKind.Utc, a.ValidFrom.Kind);
            Assert.StartsWith($"ALR-{a.ValidFrom.Year}-", a.Id, StringComparison.Ordinal);
        });
        Assert.Contains(alerts, a => a.Type == AlertType.Snow);
        Assert.Contains(alerts, a => a.Colour == AlertColour.Red);
        Assert.Contains(alerts, a => a.ZoneCode == "B" && a.Colour == AlertColour.Orange && a.IsActiveAt(City.Options.ReferenceDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
    }

    [Fact]
    public void AlertPhase_Should_FollowTheColour_When_Derived()
    {
        Assert.Equal(AlertPhase.Attention, CivilProtectionAlert.PhaseFor(AlertColour.Yellow));
        Assert.Equal(AlertPhase.PreAlarm, CivilProtectionAlert.PhaseFor(AlertColour.Orange));
        Assert.Equal(AlertPhase.Alarm, CivilProtectionAlert.PhaseFor(AlertColour.Red));
    }

    [Fact]
    public void AlertZones_Should_PutEveryMunicipalityOfTheCityInB_When_Asked()
    {
        Assert.Equal(["A", "B", "C", "D", "E"], AlertZones.All.Select(z => z.Code));
        Assert.All(City.Municipalities, m => Assert.Equal("B", AlertZones.ZoneOf(m.BelfioreCode).Code));
        Assert.Throws<KeyNotFoundException>(() => AlertZones.ZoneOf("F205"));
    }

    [Fact]
    public void FloodRedZones_Should_FlagBuildingsOnTheirStreetsAndTheVehicleOwnersHome_When_Generated()
    {
        var zones = City.FloodRedZones();
        var vehicleOwner = City.FindResident(City.GetPersona(DemoPersonaKeys.VehicleOwner).FiscalCode)!;
        var home = City.FindDwelling(City.FindHousehold(vehicleOwner.HouseholdId)!.DwellingId)!.BuildingId;

        Assert.Equal(7, zones.Count);
        Assert.Equal("RZ-D969-04", City.FloodRedZoneOf(home)?.Id);
        var flagged = zones.SelectMany(z => z.BuildingIds).ToList();
        Assert.Equal(flagged.Count, flagged.Distinct().Count());
        Assert.All(zones, z => Assert.All(z.BuildingIds, id =>
        {
            var building = City.FindBuilding(id)!;
            Assert.Equal(z.MunicipalityCode, building.MunicipalityCode);
            Assert.Equal(z.Municipio, building.Municipio);
        }));
        Assert.True(flagged.Count > 5);
    }
}
