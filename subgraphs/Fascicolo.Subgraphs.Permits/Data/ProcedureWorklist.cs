using Fascicolo.Domain.SyntheticCity.Permits;

namespace Fascicolo.Subgraphs.Permits.Data;

/// <summary>
/// The operators' worklist: procedures of a desk and/or in a state, in id order (the order they were
/// filed in), paged by keyset strictly after the last id of the previous page.
/// </summary>
internal static class ProcedureWorklist
{
    /// <summary>Fetches up to <paramref name="limit"/> procedures with an id after <paramref name="after"/>.</summary>
    public static Task<IEnumerable<ProcedureRecord>> FindAsync(
        IServiceProvider services, PermitDesk? desk, ProcedureState? state, string? after, int limit, CancellationToken cancellationToken)
    {
        // Fixed fragments, every value a parameter; with a state the (state, id) index gives the page in order.
        var predicates = new List<string>();
        if (desk is not null)
        {
            predicates.Add("p.kind = any(@kinds)");
        }
        if (state is not null)
        {
            predicates.Add("p.state = @state");
        }
        if (after is not null)
        {
            predicates.Add("p.id > @after");
        }
        var where = predicates.Count == 0 ? string.Empty : "where " + string.Join(" and ", predicates);
        var sql = $"""
            select {ProcedureRecord.Columns}
            from procedure p
            {where}
            order by p.id
            limit @limit
            """;
        return Rows.ReadAsync(services, sql, parameters =>
        {
            if (desk is { } d)
            {
                parameters.AddWithValue("kinds", ProcedureKinds.All.Where(p => p.Desk == d).Select(p => (short)p.Kind).ToArray());
            }
            if (state is { } s)
            {
                parameters.AddWithValue("state", (short)s);
            }
            if (after is not null)
            {
                parameters.AddWithValue("after", after);
            }
            parameters.AddWithValue("limit", limit);
        }, ProcedureRecord.Read, cancellationToken);
    }
}
