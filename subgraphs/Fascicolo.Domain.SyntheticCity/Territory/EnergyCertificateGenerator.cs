using System.Globalization;
using Fascicolo.Domain.SyntheticCity.Properties;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>
/// Certifies about two dwellings in five (an APE is due at every sale and lease since 2013), some
/// twice (an older certificate, often expired, then a newer one); the older the building, the
/// worse the class. The taxpayer persona's home and let dwelling always have one.
/// </summary>
internal static class EnergyCertificateGenerator
{
    private const double CertifiedShare = 0.4;
    private const double RecertifiedShare = 0.15;
    private const int UnitsPerCertifier = 400;

    // The lower bound of A4's band (no real dwelling needs nothing) and the upper bound drawn for G.
    private const decimal BestRatio = 0.25m;
    private const decimal WorstRatio = 4.50m;

    private static readonly WeightedTable<EnergyCertificatePurpose> Purposes = new([
        (EnergyCertificatePurpose.Sale, 40), (EnergyCertificatePurpose.Rental, 35),
        (EnergyCertificatePurpose.Renovation, 15), (EnergyCertificatePurpose.Other, 10)]);

    // Classes by construction era: the 1976 and 1991 energy laws, and the 2005 decree, each moved the stock up.
    private static readonly (int UntilYear, WeightedTable<EnergyClass> Classes)[] Eras =
    [
        (1945, Table((EnergyClass.G, 40), (EnergyClass.F, 35), (EnergyClass.E, 17), (EnergyClass.D, 6), (EnergyClass.C, 2))),
        (1976, Table((EnergyClass.G, 30), (EnergyClass.F, 38), (EnergyClass.E, 22), (EnergyClass.D, 8), (EnergyClass.C, 2))),
        (1991, Table((EnergyClass.F, 25), (EnergyClass.E, 35), (EnergyClass.D, 28), (EnergyClass.C, 10), (EnergyClass.B, 2))),
        (2005, Table((EnergyClass.E, 20), (EnergyClass.D, 35), (EnergyClass.C, 30), (EnergyClass.B, 12), (EnergyClass.A1, 3))),
        (int.MaxValue, Table((EnergyClass.C, 15), (EnergyClass.B, 25), (EnergyClass.A1, 25), (EnergyClass.A2, 15), (EnergyClass.A3, 12), (EnergyClass.A4, 8))),
    ];

    public static EnergyCertificateRegister Generate(City city)
    {
        var root = city.FacetStream("energy-certificates");
        var today = city.Options.ReferenceDate;
        var certifiers = Certifiers(city, root.Derive("certifiers").Open());
        var taxpayerUnits = city.PropertiesOf(city.GetPersona(DemoPersonaKeys.Taxpayer).FiscalCode)
            .Select(u => u.Id)
            .ToHashSet(StringComparer.Ordinal);
        var units = city.CadastralUnits();
        var certificates = new List<EnergyCertificate>();
        for (var index = 0; index < units.Count; index++)
        {
            var unit = units[index];
            var random = root.Derive(index).Open();
            var certified = random.Chance(CertifiedShare);
            if (unit.DwellingId is null || !(certified || taxpayerUnits.Contains(unit.Id)))
            {
                continue;
            }

            var building = city.FindBuilding(unit.BuildingId)!;
            var latest = today.AddDays(-random.Next(1, 13 * 365));
            if (random.Chance(RecertifiedShare))
            {
                var older = latest.AddDays(-random.Next(4 * 365, 9 * 365));
                certificates.Add(Certificate(unit, building, older, Purposes.Pick(random), random, certifiers));
            }

            certificates.Add(Certificate(unit, building, latest, Purposes.Pick(random), random, certifiers));
        }

        // Numbered in issue order, as a regional register numbers them.
        var numbered = certificates
            .OrderBy(c => c.IssuedOn)
            .ThenBy(c => c.CadastralUnitId, StringComparer.Ordinal)
            .Select((c, i) => c with { Code = string.Create(CultureInfo.InvariantCulture, $"APE-{c.IssuedOn.Year}-{i + 1:D7}") })
            .ToList();
        return new EnergyCertificateRegister(numbered);
    }

    private static EnergyCertificate Certificate(
        CadastralUnit unit, Building building, DateOnly issuedOn, EnergyCertificatePurpose purpose, SplitMix64 random, Resident[] certifiers)
    {
        var drawn = Eras.First(e => building.ConstructionYear <= e.UntilYear).Classes.Pick(random);
        // A major renovation lifts a dwelling two classes.
        var energyClass = purpose == EnergyCertificatePurpose.Renovation ? (EnergyClass)Math.Max((int)EnergyClass.A4, (int)drawn - 2) : drawn;
        var (lower, upper) = Band(energyClass);
        var ratio = lower + ((upper - lower) * (decimal)(0.02 + (0.98 * random.NextDouble())));

        // Small dwellings have more envelope per square metre, hence a more demanding reference.
        var reference = Math.Round(40m + (3000m / Math.Max(unit.SurfaceSquareMetres, 20)) + (decimal)(15 * random.NextDouble()), 2);
        var certifier = certifiers[random.Next(certifiers.Length)];
        return new EnergyCertificate(
            string.Empty, unit.Id, unit.BuildingId, issuedOn, Math.Round(ratio * reference, 2), reference, purpose, certifier.FiscalCode, certifier.FullName);
    }

    private static (decimal Lower, decimal Upper) Band(EnergyClass energyClass)
    {
        var bands = EnergyClassification.Bands;
        var index = energyClass == EnergyClass.G ? bands.Count : bands.ToList().FindIndex(b => b.Class == energyClass);
        var lower = index == 0 ? BestRatio : bands[index - 1].UpperBound;
        var upper = index == bands.Count ? WorstRatio : bands[index].UpperBound;
        return (lower, upper);
    }

    // Architects, engineers and surveyors of working age among the residents.
    private static Resident[] Certifiers(City city, SplitMix64 random)
    {
        var candidates = city.Residents.Where(r => r.AgeOn(city.Options.ReferenceDate) is >= 30 and <= 67).ToArray();
        var count = Math.Max(3, city.Dwellings.Count / UnitsPerCertifier);
        return [.. Enumerable.Range(0, count).Select(_ => candidates[random.Next(candidates.Length)]).DistinctBy(r => r.FiscalCode)];
    }

    private static WeightedTable<EnergyClass> Table(params (EnergyClass Class, int Weight)[] entries) => new(entries);
}
