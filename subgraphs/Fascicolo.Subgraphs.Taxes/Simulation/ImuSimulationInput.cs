using Fascicolo.Domain.Taxes.Imu;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Taxes.Simulation;

/// <summary>
/// The <c>ImuSimulationInput</c> argument as the client sent it. <see cref="Validate"/> turns it into
/// a holding or rejects it with <c>INVALID_IMU_SIMULATION</c>, naming the field and the reason.
/// </summary>
internal sealed class ImuSimulationInput
{
    /// <summary>The largest cadastral income accepted, in cents (€100 million).</summary>
    public const long MaxCadastralIncomeCents = 10_000_000_000;

    /// <summary>The largest share denominator accepted (cadastral shares are written in thousandths at most).</summary>
    public const int MaxShareDenominator = 1000;

    /// <summary>The tax year.</summary>
    public int Year { get; set; }

    /// <summary>The cadastral category, e.g. <c>A/2</c>.</summary>
    public string Category { get; set; } = string.Empty;

    /// <summary>The cadastral income in cents, before revaluation.</summary>
    public long CadastralIncome { get; set; }

    /// <summary>The share's numerator.</summary>
    public int ShareNumerator { get; set; } = 1;

    /// <summary>The share's denominator.</summary>
    public int ShareDenominator { get; set; } = 1;

    /// <summary>The day possession began; null for before the year.</summary>
    public DateOnly? PossessedSince { get; set; }

    /// <summary>What the owner does with the property.</summary>
    public ImuUse Use { get; set; }

    /// <summary>Checks every field and returns the holding to compute.</summary>
    /// <exception cref="CodedError"><c>INVALID_IMU_SIMULATION</c>, with <c>extensions.field</c> and <c>extensions.reason</c>.</exception>
    public ImuHolding Validate()
    {
        if (!CadastralCategory.TryParse(Category, out var category))
        {
            throw Invalid("category", "UNKNOWN_CATEGORY", $"'{Category}' is not a cadastral category IMU applies to: groups A to D, e.g. 'A/2' or 'C/6'.");
        }
        if (CadastralIncome < 0)
        {
            throw Invalid("cadastralIncome", "NEGATIVE_AMOUNT", "The cadastral income cannot be negative.");
        }
        if (CadastralIncome > MaxCadastralIncomeCents)
        {
            throw Invalid("cadastralIncome", "TOO_LARGE", $"The cadastral income must be at most {MaxCadastralIncomeCents} cents.");
        }
        if (ShareDenominator < 1 || ShareDenominator > MaxShareDenominator)
        {
            throw Invalid("shareDenominator", "INVALID_SHARE", $"The share's denominator must be between 1 and {MaxShareDenominator}.");
        }
        if (ShareNumerator < 1 || ShareNumerator > ShareDenominator)
        {
            throw Invalid("shareNumerator", "INVALID_SHARE", "The share's numerator must be between 1 and the denominator.");
        }
        if (Use == ImuUse.MainHome && !category.IsDwelling)
        {
            throw Invalid("use", "NOT_A_DWELLING", $"A main home is a dwelling (group A but A/10), not a {category}.");
        }
        if (Use == ImuUse.MainHomeAppurtenance && !category.IsAppurtenance)
        {
            throw Invalid("use", "NOT_AN_APPURTENANCE", $"An appurtenance of the main home is a C/2, C/6 or C/7 unit, not a {category}.");
        }
        return new ImuHolding("simulation", category, CadastralIncome, ShareNumerator, ShareDenominator, PossessedSince ?? new DateOnly(Year - 1, 1, 1), null, Use);
    }

    private static CodedError Invalid(string field, string reason, string message) =>
        new(TaxesErrorCodes.InvalidImuSimulation, message, new Dictionary<string, object?> { ["field"] = field, ["reason"] = reason });
}
