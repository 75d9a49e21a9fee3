using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>
/// The arguments of <c>canteenFeeSimulation</c> as the client sent them. <see cref="Quote"/> checks
/// them and quotes the tariff, or rejects them with a coded error naming the argument.
/// </summary>
internal static class CanteenFeeSimulationRequest
{
    /// <summary>The largest ISEE accepted, in euro: far above any real one, well inside a cent count.</summary>
    public const decimal MaxIsee = 99_999_999.99m;

    /// <summary>Validates the arguments and quotes the tariff.</summary>
    /// <param name="isee">The ISEE in euro, two decimals at most; null for a household without one.</param>
    /// <param name="children">How many children use the canteen.</param>
    /// <param name="mealsPerMonth">Meals per child in a month.</param>
    /// <exception cref="CodedError"><c>INVALID_ISEE</c>, <c>INVALID_CHILDREN</c> or <c>INVALID_MEALS</c>.</exception>
    public static CanteenFeeQuote Quote(decimal? isee, int children, int mealsPerMonth)
    {
        if (isee < 0)
        {
            throw InvalidIsee("NEGATIVE", $"'isee' must not be negative; it was {isee}.");
        }

        if (isee > MaxIsee)
        {
            throw InvalidIsee("TOO_LARGE", $"'isee' must be at most {MaxIsee} euro.");
        }

        if (isee is { } value && decimal.Round(value, 2) != value)
        {
            throw InvalidIsee("TOO_PRECISE", $"'isee' is in euro with at most two decimals (cents); it was {isee}.");
        }

        if (children is < 1 or > CanteenTariff.MaxChildren)
        {
            throw new CodedError(
                EducationErrorCodes.InvalidChildren,
                $"'children' must be between 1 and {CanteenTariff.MaxChildren}; it was {children}.",
                new Dictionary<string, object?> { ["min"] = 1, ["max"] = CanteenTariff.MaxChildren });
        }

        if (mealsPerMonth is < 0 or > CanteenTariff.MaxMealsPerMonth)
        {
            throw new CodedError(
                EducationErrorCodes.InvalidMeals,
                $"'mealsPerMonth' must be between 0 and {CanteenTariff.MaxMealsPerMonth}; it was {mealsPerMonth}.",
                new Dictionary<string, object?> { ["min"] = 0, ["max"] = CanteenTariff.MaxMealsPerMonth });
        }

        return CanteenTariff.Quote(isee is { } euro ? (long)(euro * 100) : null, children, mealsPerMonth);
    }

    private static CodedError InvalidIsee(string reason, string message) =>
        new(EducationErrorCodes.InvalidIsee, message, new Dictionary<string, object?> { ["reason"] = reason });
}
