using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>
/// Draws a car's ZTL permit: residents of the historic centre, Carignano, Boccadasse and Nervi
/// may enter their own zone; disability permits (more often for older owners) open every zone.
/// </summary>
internal static class PermitGenerator
{
    private const int ResidentPermitYears = 2;
    private const int DisabilityPermitYears = 5;

    /// <summary>A permit draft (numbered later), or null for a car without one.</summary>
    public static (ZtlZone Zone, ZtlPermitKind Kind, DateOnly ValidFrom, DateOnly ValidUntil)? Draw(
        SplitMix64 random, int? municipio, int ownerAge, DateOnly reference)
    {
        var disabilityChance = ownerAge >= 65 ? 0.03 : 0.005;
        if (random.Chance(disabilityChance))
        {
            var zone = HomeZone(random, municipio) ?? ZtlZone.CentroStorico;
            return Validity(random, zone, ZtlPermitKind.Disability, DisabilityPermitYears, reference);
        }
        var (chance, home) = municipio switch
        {
            1 => (0.45, HomeZone(random, municipio)),
            8 or 9 => (0.06, HomeZone(random, municipio)),
            _ => (0.0, null),
        };
        return home is { } residentZone && random.Chance(chance)
            ? Validity(random, residentZone, ZtlPermitKind.Resident, ResidentPermitYears, reference)
            : null;
    }

    private static ZtlZone? HomeZone(SplitMix64 random, int? municipio) => municipio switch
    {
        1 => random.Chance(0.7) ? ZtlZone.CentroStorico : ZtlZone.Carignano,
        8 => ZtlZone.Boccadasse,
        9 => ZtlZone.Nervi,
        _ => null,
    };

    // Issued some time in the last validity-and-a-half: most are valid, some have lapsed.
    private static (ZtlZone, ZtlPermitKind, DateOnly, DateOnly) Validity(SplitMix64 random, ZtlZone zone, ZtlPermitKind kind, int years, DateOnly reference)
    {
        var from = reference.AddDays(-random.Next(1, years * 365 * 3 / 2));
        return (zone, kind, from, from.AddYears(years).AddDays(-1));
    }
}
