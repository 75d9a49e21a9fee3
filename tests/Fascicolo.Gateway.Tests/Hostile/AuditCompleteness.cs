using System.Collections.Concurrent;
using System.Text.Json;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>A response of the run that carried data, kept to be checked against the access log.</summary>
/// <param name="RequestId">The request id (the gateway's <c>X-Request-Id</c>, or the caller's id in a token signed straight to a subgraph).</param>
/// <param name="Role">The caller's role.</param>
/// <param name="Label">What the request was, for the report.</param>
/// <param name="RequestBody">The request body.</param>
/// <param name="Data">The response's <c>data</c>.</param>
internal sealed record ObservedRead(string RequestId, string Role, string Label, string RequestBody, JsonElement Data);

/// <summary>A personal value shown without its access-log entry.</summary>
internal sealed record MissingEntry(ObservedRead Read, string Subject, string Coordinate)
{
    public override string ToString() => $"{Read.Label} (request {Read.RequestId}, {Read.Role}): no entry for {Subject} / {Coordinate}";
}

/// <summary>
/// Proves that every personal value the run returned was recorded: for each response with data, the
/// entries its request id has in the access log must cover every (data subject, field) it shows, with
/// the caller's role.
/// </summary>
internal static class AuditCompleteness
{
    /// <summary>The reads that lack their entry, and how many (subject, field) pairs were checked.</summary>
    public static async Task<(IReadOnlyList<MissingEntry> Missing, int Checked)> CheckAsync(IReadOnlyCollection<ObservedRead> reads, AuditExpectations expectations)
    {
        var missing = new ConcurrentBag<MissingEntry>();
        var checkedPairs = 0;
        await Parallel.ForEachAsync(reads, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (read, cancellationToken) =>
        {
            var expected = expectations.Of(read.RequestBody, read.Data);
            if (expected.Count == 0)
            {
                return;
            }

            Interlocked.Add(ref checkedPairs, expected.Count);
            var entries = await TestAccessLog.ReadByRequestAsync(read.RequestId, cancellationToken);
            var recorded = entries
                .Where(entry => entry.ActorRole == read.Role)
                .SelectMany(entry => entry.Fields.Select(field => (Subject: entry.DataSubject.ToUpperInvariant(), Field: field)))
                .ToHashSet();
            foreach (var (subject, coordinate) in expected)
            {
                if (!recorded.Contains((subject.Trim().ToUpperInvariant(), coordinate)))
                {
                    missing.Add(new MissingEntry(read, subject, coordinate));
                }
            }
        });
        return ([.. missing.OrderBy(m => m.Read.Label, StringComparer.Ordinal).ThenBy(m => m.Coordinate, StringComparer.Ordinal)], checkedPairs);
    }
}
