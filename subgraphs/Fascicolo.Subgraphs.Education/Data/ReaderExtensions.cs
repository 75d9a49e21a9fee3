using Npgsql;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>Typed reads of nullable columns.</summary>
internal static class ReaderExtensions
{
    /// <summary>The text at <paramref name="ordinal"/>, or null.</summary>
    public static string? GetNullableString(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>The date at <paramref name="ordinal"/>, or null.</summary>
    public static DateOnly? GetNullableDate(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    /// <summary>The date at <paramref name="ordinal"/>.</summary>
    public static DateOnly GetDate(this NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    /// <summary>The smallint at <paramref name="ordinal"/> as an int, or null.</summary>
    public static int? GetNullableInt16(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt16(ordinal);
}
