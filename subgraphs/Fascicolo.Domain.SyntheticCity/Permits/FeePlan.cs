using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>When a procedure's fee was published, falls due and was paid.</summary>
/// <param name="PublishedOn">The day the debt position was published.</param>
/// <param name="DueDate">The last day to pay.</param>
/// <param name="PaidOn">The day it was paid, or null.</param>
internal readonly record struct FeePlan(DateOnly PublishedOn, DateOnly DueDate, DateOnly? PaidOn)
{
    private const int DaysToPay = 30;
    private const double PaidBeforehandShare = 0.9;

    /// <summary>Whether the receipt could be filed with the application.</summary>
    public bool PaidBeforehand(DateOnly submittedOn) => PaidOn is { } paidOn && paidOn <= submittedOn;

    /// <summary>
    /// Most applicants pay the diritti a few days before filing and attach the receipt; the others
    /// get a position published on the day they file, payable within 30 days, and some never pay it.
    /// </summary>
    public static FeePlan Draw(DateOnly submittedOn, DateOnly referenceDate, SplitMix64 random)
    {
        if (random.Chance(PaidBeforehandShare))
        {
            var paidOn = submittedOn.AddDays(-random.Next(0, 5));
            var publishedOn = paidOn.AddDays(-random.Next(0, 3));
            return new FeePlan(publishedOn, publishedOn.AddDays(DaysToPay), paidOn);
        }
        var paidLater = submittedOn.AddDays(random.Next(3, 60));
        return new FeePlan(submittedOn, submittedOn.AddDays(DaysToPay), random.Chance(0.5) && paidLater < referenceDate ? paidLater : null);
    }
}
