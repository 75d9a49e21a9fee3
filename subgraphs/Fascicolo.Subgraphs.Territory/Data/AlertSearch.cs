using Npgsql;
using NpgsqlTypes;

namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>Weather alerts newest first, a page at a time, keyset-paged on (start, id).</summary>
internal static class AlertSearch
{
    // Every criterion is optional: a null parameter switches its condition off. The row comparison
    // matches the (valid_from desc, id desc) indexes.
    private const string Sql = $"""
        select {AlertRecord.Columns}
        from civil_protection_alert a
        where (@zone::text is null or a.zone_code = @zone)
          and (@type::smallint is null or a.type = @type)
          and (@activeAt::timestamptz is null or (a.valid_from <= @activeAt and a.valid_to > @activeAt))
          and (@afterFrom::timestamptz is null or (a.valid_from, a.id) < (@afterFrom, @afterId))
        order by a.valid_from desc, a.id desc
        limit @limit
        """;

    /// <summary>Fetches up to <paramref name="limit"/> alerts matching <paramref name="filter"/>, after <paramref name="after"/>.</summary>
    public static async Task<IReadOnlyList<AlertRecord>> FindAsync(
        IServiceProvider services, AlertFilter filter, AlertCursor? after, int limit, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<string?>("zone", filter.ZoneCode));
        command.Parameters.Add(new NpgsqlParameter("type", NpgsqlDbType.Smallint) { Value = filter.Type is { } type ? (short)type : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("activeAt", NpgsqlDbType.TimestampTz) { Value = filter.ActiveAt is { } at ? at : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("afterFrom", NpgsqlDbType.TimestampTz) { Value = after is null ? DBNull.Value : after.ValidFrom });
        command.Parameters.Add(new NpgsqlParameter<string?>("afterId", after?.Id));
        command.Parameters.AddWithValue("limit", limit);
        return await command.ReadAllAsync(AlertRecord.Read, cancellationToken).ConfigureAwait(false);
    }
}
