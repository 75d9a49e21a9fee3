using System.Text.Json;

namespace Fascicolo.Testing;

/// <summary>One audit of the <c>graphql-http</c> server audit suite.</summary>
/// <param name="Id">The audit id, e.g. <c>22EB</c>.</param>
/// <param name="Name">What it checks, starting with MUST, SHOULD or MAY.</param>
/// <param name="Status"><c>ok</c>, <c>warn</c> (a failed SHOULD), <c>error</c> (a failed MUST) or <c>notice</c> (a failed MAY).</param>
/// <param name="Reason">Why it failed, when it did.</param>
/// <param name="ResponseStatus">The HTTP status of the failing response, when it failed.</param>
public sealed record AuditResult(string Id, string Name, string Status, string? Reason, int? ResponseStatus)
{
    /// <summary>Whether this result counts as a failure for us: a warning or an error.</summary>
    public bool IsFailure => Status is "warn" or "error";

    /// <inheritdoc/>
    public override string ToString() => $"{Status} {Id} {Name}{(Reason is null ? "" : $": {Reason} (HTTP {ResponseStatus})")}";
}

/// <summary>
/// Runs the <c>graphql-http</c> npm package's <c>auditServer({ url })</c> (GraphQL-over-HTTP spec
/// conformance) through <c>tests/node/audit-graphql-http.mjs</c>, installing <c>tests/node</c>'s
/// packages with <c>npm ci</c> first when needed. A subgraph of this process
/// (<see cref="SubgraphTestHost"/>) accepts only requests signed by the gateway, which the audit cannot
/// do: it then audits through a <see cref="SigningProxy"/> that adds a token and changes nothing else.
/// </summary>
public static class GraphQLHttpAudit
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Audits the GraphQL endpoint at <paramref name="url"/>.</summary>
    /// <param name="url">The endpoint, e.g. <c>http://127.0.0.1:41234/graphql</c>.</param>
    /// <param name="cancellationToken">Cancels the audit.</param>
    /// <returns>Every audit's result.</returns>
    public static async Task<IReadOnlyList<AuditResult>> RunAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (SubgraphTestHost.TryFind(url, out var subgraph))
        {
            var proxy = await subgraph.StartSigningProxyAsync().ConfigureAwait(false);
            await using (proxy.ConfigureAwait(false))
            {
                return await AuditAsync(proxy.Url, cancellationToken).ConfigureAwait(false);
            }
        }
        return await AuditAsync(url, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<AuditResult>> AuditAsync(Uri url, CancellationToken cancellationToken)
    {
        var nodeDirectory = await NodeTools.EnsureInstalledAsync(cancellationToken).ConfigureAwait(false);
        var result = await ProcessRunner.RunAsync("node", ["audit-graphql-http.mjs", url.AbsoluteUri], nodeDirectory, TimeSpan.FromMinutes(2), cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"audit-graphql-http.mjs exited with {result.ExitCode}:\n{result.Error}\n{result.Output}");
        }
        return JsonSerializer.Deserialize<List<AuditResult>>(result.Output, Json)
            ?? throw new InvalidOperationException($"audit-graphql-http.mjs printed no results:\n{result.Output}");
    }
}
