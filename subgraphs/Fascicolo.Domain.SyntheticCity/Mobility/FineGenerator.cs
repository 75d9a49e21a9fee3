using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>
/// Draws the fines a car received in the two years before the reference date: the violation, where
/// and when, how it was notified, and whether (and how fast) the owner paid.
/// </summary>
internal static class FineGenerator
{
    /// <summary>Procedure and notification expenses of a verbale sent by post, in cents.</summary>
    public const long PostalExpensesCents = 1_450;

    private const int HistoryDays = 730;
    private const double ContestedOnTheSpotShare = 0.25;
    private const double PaidReducedShare = 0.45;
    private const double PaidInTimeShare = 0.35;

    private static readonly WeightedTable<int> Counts = new([(0, 780), (1, 160), (2, 50), (3, 10)]);

    private static readonly WeightedTable<HighwayCodeViolation> Violations = new(
    [
        (HighwayCodeViolations.ZtlAccess, 12), (HighwayCodeViolations.PaidParkingOverstay, 22),
        (HighwayCodeViolations.ForbiddenParking, 25), (HighwayCodeViolations.SpeedingUpTo10, 16),
        (HighwayCodeViolations.SpeedingUpTo40, 12), (HighwayCodeViolations.SpeedingUpTo60, 1),
        (HighwayCodeViolations.RedLight, 5), (HighwayCodeViolations.OverdueInspection, 2),
    ]);

    /// <summary>The fines of one car; those not notified by the reference date do not exist yet.</summary>
    public static IEnumerable<FineDraft> Draw(SplitMix64 random, Vehicle vehicle, DateOnly reference, IReadOnlyList<Building> genovaBuildings)
    {
        var count = Counts.Pick(random);
        for (var i = 0; i < count; i++)
        {
            var violation = Violations.Pick(random);
            var day = reference.AddDays(-random.Next(2, HistoryDays));
            if (day < vehicle.RegistrationDate)
            {
                continue;
            }
            var committedAt = day.ToDateTime(new TimeOnly(random.Next(7, 22), random.Next(0, 59)));
            var onTheSpot = IsParkingOrRoadCheck(violation) && random.Chance(ContestedOnTheSpotShare);
            // By post within the 90 days of art. 201.
            var notifiedOn = onTheSpot ? day : day.AddDays(random.Next(15, 85));
            if (notifiedOn >= reference)
            {
                continue;
            }
            var expenses = onTheSpot ? 0 : PostalExpensesCents;
            var (paidOn, paidCents) = Payment(random, violation, notifiedOn, expenses, reference);
            yield return new FineDraft(vehicle.Plate, vehicle.OwnerFiscalCode, committedAt, Place(random, violation, genovaBuildings),
                violation, notifiedOn, expenses, paidOn, paidCents);
        }
    }

    private static bool IsParkingOrRoadCheck(HighwayCodeViolation violation) =>
        violation == HighwayCodeViolations.ForbiddenParking
        || violation == HighwayCodeViolations.PaidParkingOverstay
        || violation == HighwayCodeViolations.OverdueInspection;

    private static (DateOnly?, long?) Payment(SplitMix64 random, HighwayCodeViolation violation, DateOnly notifiedOn, long expenses, DateOnly reference)
    {
        var roll = random.NextDouble();
        DateOnly paidOn;
        if (roll < PaidReducedShare)
        {
            paidOn = notifiedOn.AddDays(random.Next(0, FineAmounts.ReducedDays));
        }
        else if (roll < PaidReducedShare + PaidInTimeShare)
        {
            paidOn = notifiedOn.AddDays(random.Next(FineAmounts.ReducedDays + 1, FineAmounts.PayableDays));
        }
        else
        {
            return (null, null);
        }
        if (paidOn >= reference)
        {
            return (null, null);
        }
        var reduced = violation.ReductionAllowed && paidOn <= FineAmounts.ReducedUntil(notifiedOn);
        return (paidOn, reduced
            ? FineAmounts.Reduced(violation.MinimumCents, expenses)
            : FineAmounts.Full(violation.MinimumCents, expenses));
    }

    private static string Place(SplitMix64 random, HighwayCodeViolation violation, IReadOnlyList<Building> genovaBuildings)
    {
        string street;
        if (violation == HighwayCodeViolations.ZtlAccess)
        {
            street = random.Pick(FinePlaces.ZtlGates);
        }
        else if (violation == HighwayCodeViolations.PaidParkingOverstay)
        {
            street = random.Pick(FinePlaces.PaidParking);
        }
        else if (violation == HighwayCodeViolations.RedLight)
        {
            street = random.Pick(FinePlaces.RedLightCameras);
        }
        else if (violation.Article == "142")
        {
            street = random.Pick(FinePlaces.SpeedCameras);
        }
        else
        {
            var building = random.Pick(genovaBuildings);
            street = $"{building.Street} {building.HouseNumber}";
        }
        return street + ", Genova";
    }
}
