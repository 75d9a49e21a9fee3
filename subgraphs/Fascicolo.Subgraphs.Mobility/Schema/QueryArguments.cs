using System.Text.RegularExpressions;
using Fascicolo.Domain.SyntheticCity.Mobility;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>Validates the root fields' arguments, each failure a <see cref="CodedError"/> naming the argument.</summary>
internal static partial class QueryArguments
{
    /// <summary>The largest search radius, in metres.</summary>
    public const int MaxRadiusMetres = 5_000;

    /// <summary>The largest power accepted by the tax estimate, in kW.</summary>
    public const int MaxPowerKw = 1_000;

    /// <summary>The earliest registration date accepted by the tax estimate.</summary>
    public static readonly DateOnly EarliestRegistration = new(1900, 1, 1);

    /// <summary>A plate as people type it (spaces, lower case) made canonical, or <c>INVALID_PLATE</c>.</summary>
    public static string Plate(string argument, string? value)
    {
        var plate = string.Concat((value ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-')).ToUpperInvariant();
        return ItalianPlates.IsValid(plate)
            ? plate
            : throw Invalid(MobilityErrorCodes.InvalidPlate, argument,
                $"'{argument}' must be an Italian plate in the format AB123CD (letters other than I, O, Q and U); '{value}' is not.");
    }

    /// <summary>A verbale number, or <c>INVALID_FINE_NUMBER</c>.</summary>
    public static string FineNumber(string? value)
    {
        var number = value?.Trim() ?? string.Empty;
        return FineNumberPattern().IsMatch(number)
            ? number
            : throw Invalid(MobilityErrorCodes.InvalidFineNumber, "number", $"'number' must be a verbale number such as 2025/0000042; '{value}' is not.");
    }

    /// <summary>A page size of a list field (1..100), or <c>INVALID_PAGE_SIZE</c>.</summary>
    public static int First(int? value, int defaultValue)
    {
        var first = value ?? defaultValue;
        return first is >= 1 and <= Paging.MaxPageSize
            ? first
            : throw new CodedError(ErrorCodes.InvalidPageSize, $"'first' must be between 1 and {Paging.MaxPageSize}; it was {first}.",
                new Dictionary<string, object?> { ["min"] = 1, ["max"] = Paging.MaxPageSize });
    }

    /// <summary>A WGS 84 point, or <c>INVALID_COORDINATES</c>.</summary>
    public static (double Latitude, double Longitude) Point(double latitude, double longitude)
    {
        if (!double.IsFinite(latitude) || latitude is < -90 or > 90)
        {
            throw Invalid(MobilityErrorCodes.InvalidCoordinates, "latitude", $"'latitude' must be between -90 and 90 degrees; it was {latitude}.");
        }
        if (!double.IsFinite(longitude) || longitude is < -180 or > 180)
        {
            throw Invalid(MobilityErrorCodes.InvalidCoordinates, "longitude", $"'longitude' must be between -180 and 180 degrees; it was {longitude}.");
        }
        return (latitude, longitude);
    }

    /// <summary>A search radius in metres (1..5,000), or <c>INVALID_RADIUS</c>.</summary>
    public static int Radius(int value) =>
        value is >= 1 and <= MaxRadiusMetres
            ? value
            : throw Invalid(MobilityErrorCodes.InvalidRadius, "radiusMetres", $"'radiusMetres' must be between 1 and {MaxRadiusMetres}; it was {value}.");

    /// <summary>A car's power in kW (1..1,000), or <c>INVALID_POWER</c>.</summary>
    public static int Power(int value) =>
        value is >= 1 and <= MaxPowerKw
            ? value
            : throw Invalid(MobilityErrorCodes.InvalidPower, "powerKw", $"'powerKw' must be between 1 and {MaxPowerKw}; it was {value}.");

    /// <summary>A registration date between 1900 and today, or <c>INVALID_DATE</c>.</summary>
    public static DateOnly Registration(DateOnly value, DateOnly today) =>
        value >= EarliestRegistration && value <= today
            ? value
            : throw Invalid(MobilityErrorCodes.InvalidDate, "registrationDate", $"'registrationDate' must be between {EarliestRegistration:yyyy-MM-dd} and today ({today:yyyy-MM-dd}).");

    /// <summary>A tax period start on or after the registration month, or <c>INVALID_DATE</c>; the period running today when null.</summary>
    public static DateOnly PeriodStart(DateOnly? value, DateOnly registration, DateOnly today)
    {
        if (value is not { } start)
        {
            return VehicleTaxPeriod.StartOfPeriodOn(registration, today);
        }
        return start.Day == 1 && start.Month == registration.Month && start.Year >= registration.Year
            ? start
            : throw Invalid(MobilityErrorCodes.InvalidDate, "periodStart",
                $"'periodStart' must be the first day of the registration month ({registration.Month:D2}) in a year from {registration.Year} on.");
    }

    private static CodedError Invalid(string code, string argument, string message) =>
        new(code, message, new Dictionary<string, object?> { ["argument"] = argument });

    [GeneratedRegex(@"^[0-9]{4}/[0-9]{7}$")]
    private static partial Regex FineNumberPattern();
}
