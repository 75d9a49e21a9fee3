using System.Collections.Frozen;
using System.Text.Json;
using Fascicolo.Gateway.Execution;
using Fascicolo.Gateway.Hosting;
using Fascicolo.Gateway.Planning;
using Fascicolo.Gateway.Trust;
using Microsoft.Extensions.Caching.Memory;

namespace Fascicolo.Gateway.Identity;

/// <summary>
/// Finds a citizen's wards (the minors of their household, whose school data they may read) by running
/// <c>Identity:Wards:Query</c> through the gateway's own planner and executor as that citizen, so the
/// registry answers under its own access rules and records the read. Kept 5 minutes per citizen.
/// </summary>
/// <remarks>
/// A lookup that fails (a subgraph down, a document the supergraph does not know) gives no wards and a
/// warning: the citizen is served with their own data only, never refused for it.
/// </remarks>
internal sealed partial class WardsLookup(IdentitySettings settings, SubgraphRequestSigning signing, IMemoryCache cache, ILogger<WardsLookup> logger)
{
    private static readonly IReadOnlySet<string> NoConditions = FrozenSet<string>.Empty;
    private int _documentReported;

    /// <summary>The fiscal codes of <paramref name="citizen"/>'s wards; empty when none, not configured, or the lookup fails.</summary>
    public async ValueTask<IReadOnlyList<string>> GetAsync(Caller citizen, GatewayRuntime runtime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(citizen);
        ArgumentNullException.ThrowIfNull(runtime);
        if (settings.Wards is not { } wards || citizen.Subject is not { } subject)
        {
            return [];
        }

        var key = new CacheKey(subject);
        if (cache.TryGetValue(key, out IReadOnlyList<string>? cached) && cached is not null)
        {
            return cached;
        }

        var found = await LookupAsync(wards, citizen with { Wards = [] }, runtime, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return [];
        }

        cache.Set(key, found, WardsSettings.CacheDuration);
        return found;
    }

    private async Task<IReadOnlyList<string>?> LookupAsync(WardsSettings wards, Caller citizen, GatewayRuntime runtime, CancellationToken cancellationToken)
    {
        var document = runtime.Documents.GetOrAdd(wards.Query);
        var index = document.ParseError is null ? document.SelectOperation(null, out _) : -1;
        var errors = index < 0 ? [] : await document.ValidateAsync(runtime.Validation).ConfigureAwait(false);
        if (index < 0 || errors.Count > 0)
        {
            // Every citizen request would repeat it: a wrong document is reported once.
            if (Interlocked.Exchange(ref _documentReported, 1) == 0)
            {
                var reason = document.ParseError?.Message ?? (errors.Count > 0 ? errors[0].Message : "it must contain exactly one operation");
                LogInvalidDocument(logger, reason);
            }

            return null;
        }

        try
        {
            var plan = runtime.Plan(document.GetOperation(index), NoConditions);
            using var variables = JsonSerializer.SerializeToDocument(new Dictionary<string, string> { ["subject"] = citizen.Subject! });
            using var body = await runtime.Executor.ExecuteAsync(plan, new ExecutionRequest(variables.RootElement, null, signing.For(citizen)), cancellationToken).ConfigureAwait(false);
            using var result = JsonDocument.Parse(body.WrittenMemory);
            if (result.RootElement.TryGetProperty("errors", out var resultErrors) && resultErrors.GetArrayLength() > 0)
            {
                LogLookupFailed(logger, citizen.RequestId, resultErrors[0].TryGetProperty("message", out var message) ? message.ToString() : resultErrors[0].ToString());
                return null;
            }

            return Read(result.RootElement, wards.Path) ?? [];
        }
        catch (QueryPlanningException exception)
        {
            LogLookupFailed(logger, citizen.RequestId, exception.Message);
            return null;
        }
    }

    /// <summary>The strings of the list at <paramref name="path"/> under <c>data</c>; null when a step is missing or null.</summary>
    private static string[]? Read(JsonElement root, IReadOnlyList<string> path)
    {
        if (!root.TryGetProperty("data", out var node))
        {
            return null;
        }

        foreach (var step in path)
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(step, out node))
            {
                return null;
            }
        }

        return node.ValueKind == JsonValueKind.Array
            ? [.. node.EnumerateArray().Where(ward => ward.ValueKind == JsonValueKind.String).Select(ward => ward.GetString()!).Distinct(StringComparer.Ordinal)]
            : null;
    }

    private sealed record CacheKey(string Subject);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Identity:Wards:Query cannot run on this supergraph, so citizens get no wards: {Reason}")]
    private static partial void LogInvalidDocument(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The wards lookup of request {RequestId} failed, so the citizen gets no wards: {Reason}")]
    private static partial void LogLookupFailed(ILogger logger, string requestId, string reason);
}
