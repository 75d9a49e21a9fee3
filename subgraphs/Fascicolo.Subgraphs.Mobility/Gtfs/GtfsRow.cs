using System.Globalization;

namespace Fascicolo.Subgraphs.Mobility.Gtfs;

/// <summary>
/// The current row of a <see cref="GtfsTable"/>, valid until the next row is read. Fields are trimmed;
/// a row shorter than the header reads its missing fields as empty. Every accessor throws
/// <see cref="GtfsFeedException"/> (<see cref="GtfsErrorCodes.InvalidValue"/>) naming the file, line and column.
/// </summary>
internal sealed class GtfsRow(GtfsTable table, IReadOnlyList<string> fields)
{
    /// <summary>The line the row starts on.</summary>
    public int Line => table.Line;

    /// <summary>The text of a column, or null when empty or absent (<paramref name="index"/> −1).</summary>
    public string? Text(int index)
    {
        if (index < 0 || index >= fields.Count)
        {
            return null;
        }
        var value = fields[index].Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>The text of a required field.</summary>
    public string RequiredText(int index, string column) =>
        Text(index) ?? throw Invalid(column, "is required but empty.");

    /// <summary>A decimal number in a range, or null when empty.</summary>
    public double? Double(int index, string column, double min, double max)
    {
        if (Text(index) is not { } text)
        {
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw Invalid(column, $"'{text}' is not a number between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}.");
        }
        return value;
    }

    /// <summary>A whole number in a range, or null when empty.</summary>
    public int? Int(int index, string column, int min, int max)
    {
        if (Text(index) is not { } text)
        {
            return null;
        }
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw Invalid(column, $"'{text}' is not a whole number between {min} and {max}.");
        }
        return value;
    }

    /// <summary>A required whole number in a range.</summary>
    public int RequiredInt(int index, string column, int min, int max) =>
        Int(index, column, min, max) ?? throw Invalid(column, "is required but empty.");

    /// <summary>A required date written <c>YYYYMMDD</c>.</summary>
    public DateOnly RequiredDate(int index, string column)
    {
        var text = RequiredText(index, column);
        return DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Invalid(column, $"'{text}' is not a date written YYYYMMDD.");
    }

    /// <summary>A time of the service day in seconds (<c>H:MM:SS</c>, past 24 hours allowed), or null when empty.</summary>
    public int? Time(int index, string column)
    {
        if (Text(index) is not { } text)
        {
            return null;
        }
        return GtfsTime.TryParse(text, out var seconds)
            ? seconds
            : throw Invalid(column, $"'{text}' is not a time written HH:MM:SS.");
    }

    /// <summary>A required flag written <c>0</c> or <c>1</c>.</summary>
    public bool RequiredFlag(int index, string column) => RequiredInt(index, column, 0, 1) == 1;

    /// <summary>An error about a column of this row.</summary>
    public GtfsFeedException Invalid(string column, string problem) =>
        new(GtfsErrorCodes.InvalidValue, table.FileName, Line, $"{column} {problem}");
}
