using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>Payment options by IUV (a notice number without its aux digit), with their position, a batch at a time.</summary>
internal static class OptionsByIuv
{
    // The option's whole position comes along: the notice's status depends on its siblings.
    private const string Sql = $"""
        {PositionRows.SelectFrom}
        where p.iupd in (select k.iupd from payment_option k where k.iuv = any(@keys))
        {PositionRows.OrderBy}
        """;

    /// <summary>The loader of <c>paymentNotice</c>: the option of each IUV, with its position.</summary>
    public static readonly BatchLoader<string, PositionOption> Loader = new(LoadAsync, row => row.Option.Iuv);

    private static async Task<IEnumerable<PositionOption>> LoadAsync(
        IReadOnlyList<string> iuvs, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(Sql);
        command.Parameters.AddWithValue("keys", iuvs.ToArray());
        var positions = await PositionRows.ReadAsync(command, cancellationToken).ConfigureAwait(false);
        var wanted = iuvs.ToHashSet(StringComparer.Ordinal);
        return positions.SelectMany(p => p.Options.Where(o => wanted.Contains(o.Iuv)).Select(o => new PositionOption(p, o)));
    }
}
