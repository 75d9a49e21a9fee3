using Npgsql;

namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>
/// The operator search: citizens matching a <see cref="CitizenFilter"/>, ordered by fiscal code and
/// paged by keyset (strictly after the last fiscal code of the previous page).
/// </summary>
/// <remarks>
/// The statement is assembled from fixed fragments; every value is a parameter. Its shape is chosen
/// for the indexes of <c>0001_initial.sql</c>:
/// <list type="bullet">
/// <item>equality criteria (given name, birth year, municipality, municipio) each have an index that
/// ends in the fiscal code, so PostgreSQL reads a page as one ordered index range;</item>
/// <item>a surname prefix is a range of surnames, not of fiscal codes: its matches are collected
/// through the surname index in a subquery that <c>offset 0</c> keeps the planner from flattening,
/// then sorted. Without that fence the planner walks the primary key hoping to meet matches early,
/// which fails badly because fiscal codes begin with the surname's consonants (the matches of
/// "Par…" sit together under "PRD…"). The household lookup is added after the page is cut.</item>
/// </list>
/// </remarks>
internal static class CitizenSearch
{
    // upper() on both sides, as in the expression indexes, makes names match ignoring case. The
    // prefix is validated to letters, spaces, apostrophes, hyphens and dots: it holds no LIKE wildcard.
    private const string SurnamePrefix = "upper(c.surname) like upper(@surnamePrefix) || '%'";
    private const string GivenName = "upper(c.given_name) = upper(@givenName)";
    private const string BirthYear = "extract(year from c.birth_date)::int = @birthYear";
    private const string Municipality = "r.municipality_code = @municipality";
    private const string Municipio = "r.municipio = @municipio";
    private const string JoinResidence = "join residence r on r.fiscal_code = c.fiscal_code";

    /// <summary>Fetches up to <paramref name="limit"/> matching citizens with a fiscal code after <paramref name="after"/>.</summary>
    public static async Task<IReadOnlyList<CitizenRecord>> FindAsync(
        IServiceProvider services, CitizenFilter filter, string? after, int limit, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand();
        command.CommandText = Build(filter, after is not null);
        AddParameters(command, filter, after, limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var citizens = new List<CitizenRecord>(limit);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            citizens.Add(CitizenRecord.Read(reader));
        }
        return citizens;
    }

    /// <summary>The statement for a filter; only which fragments it holds varies.</summary>
    internal static string Build(CitizenFilter filter, bool hasAfter)
    {
        var joinsResidence = filter.Municipality is not null || filter.Municipio is not null;
        // With the residence joined, the page is read off the residence's indexes, so the order is on
        // its column; PostgreSQL carries equality across a join but not '>', so the keyset condition
        // is stated for both tables (or a merge join would read the citizens from the first one).
        var key = joinsResidence ? "r.fiscal_code" : "c.fiscal_code";
        var predicates = new List<string>();
        AddIf(predicates, filter.SurnamePrefix is not null, SurnamePrefix);
        AddIf(predicates, filter.GivenName is not null, GivenName);
        AddIf(predicates, filter.BirthYear is not null, BirthYear);
        AddIf(predicates, filter.Municipality is not null, Municipality);
        AddIf(predicates, filter.Municipio is not null, Municipio);
        AddIf(predicates, hasAfter, "c.fiscal_code > @after");
        AddIf(predicates, hasAfter && joinsResidence, "r.fiscal_code > @after");

        var where = predicates.Count == 0 ? string.Empty : "where " + string.Join("\n  and ", predicates);
        var join = joinsResidence ? JoinResidence : string.Empty;
        return filter.SurnamePrefix is null
            ? $"""
                select {CitizenRecord.Columns}
                from citizen c
                {join}
                {where}
                order by {key}
                limit @limit
                """
            : $"""
                select c.*, {CitizenRecord.HouseholdIdColumn}
                from (
                    select {CitizenRecord.OwnColumns}
                    from citizen c
                    {join}
                    {where}
                    offset 0) c
                order by c.fiscal_code
                limit @limit
                """;
    }

    private static void AddParameters(NpgsqlCommand command, CitizenFilter filter, string? after, int limit)
    {
        if (filter.SurnamePrefix is { } surnamePrefix)
        {
            command.Parameters.AddWithValue("surnamePrefix", surnamePrefix);
        }
        if (filter.GivenName is { } givenName)
        {
            command.Parameters.AddWithValue("givenName", givenName);
        }
        if (filter.BirthYear is { } birthYear)
        {
            command.Parameters.AddWithValue("birthYear", birthYear);
        }
        if (filter.Municipality is { } municipality)
        {
            command.Parameters.AddWithValue("municipality", municipality);
        }
        if (filter.Municipio is { } municipio)
        {
            command.Parameters.AddWithValue("municipio", (short)municipio);
        }
        if (after is not null)
        {
            command.Parameters.AddWithValue("after", after);
        }
        command.Parameters.AddWithValue("limit", limit);
    }

    private static void AddIf(List<string> predicates, bool condition, string predicate)
    {
        if (condition)
        {
            predicates.Add(predicate);
        }
    }
}
