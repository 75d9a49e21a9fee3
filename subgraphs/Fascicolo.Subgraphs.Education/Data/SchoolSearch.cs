using Npgsql;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>
/// Schools matching a <see cref="SchoolFilter"/>, ordered by code and paged by keyset (strictly after
/// the last code of the previous page). The statement is assembled from fixed fragments; every value
/// is a parameter.
/// </summary>
internal static class SchoolSearch
{
    /// <summary>Fetches up to <paramref name="limit"/> matching schools with a code after <paramref name="after"/>.</summary>
    public static async Task<IReadOnlyList<SchoolRecord>> FindAsync(
        IServiceProvider services, SchoolFilter filter, string? after, int limit, CancellationToken cancellationToken)
    {
        var predicates = new List<string>();
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand();
        Add(command, predicates, "s.school_order = @order", "order", (short?)filter.Order);
        Add(command, predicates, "s.management = @management", "management", (short?)filter.Management);
        Add(command, predicates, "s.municipality_code = @municipality", "municipality", filter.MunicipalityCode);
        Add(command, predicates, "s.municipio = @municipio", "municipio", (short?)filter.Municipio);
        Add(command, predicates, "s.code > @after", "after", after);
        command.Parameters.AddWithValue("limit", limit);
        var where = predicates.Count == 0 ? string.Empty : "where " + string.Join(" and ", predicates);
        command.CommandText = $"""
            select {SchoolRecord.Columns}
            from school s
            {where}
            order by s.code
            limit @limit
            """;

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var schools = new List<SchoolRecord>(limit);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            schools.Add(SchoolRecord.Read(reader));
        }

        return schools;
    }

    private static void Add(NpgsqlCommand command, List<string> predicates, string predicate, string name, object? value)
    {
        if (value is not null)
        {
            predicates.Add(predicate);
            command.Parameters.AddWithValue(name, value);
        }
    }
}
