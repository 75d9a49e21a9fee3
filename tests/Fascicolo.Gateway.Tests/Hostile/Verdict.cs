using System.Text.Json;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>How one hostile request was answered, judged against what it had to get.</summary>
/// <param name="Case">The request.</param>
/// <param name="Outcome">The status and the error codes, e.g. <c>401 UNAUTHENTICATED</c> or <c>200 FORBIDDEN</c>.</param>
/// <param name="Reasons">The refusal reasons of its FORBIDDEN errors, one per refused field.</param>
/// <param name="Leaks">Forbidden values it carried.</param>
/// <param name="Violations">Where the answer differs from the expected one (wrong status, code, reason, a refused field not null).</param>
internal sealed record Verdict(HostileCase Case, string Outcome, IReadOnlyList<string> Reasons, IReadOnlyList<Leak> Leaks, IReadOnlyList<string> Violations)
{
    /// <summary>Judges <paramref name="response"/> to <paramref name="case"/>.</summary>
    /// <param name="case">The request.</param>
    /// <param name="response">Its answer.</param>
    /// <param name="forbidden">The cast's values the attacker must not see.</param>
    /// <param name="visibleCodes">The only fiscal codes the attacker may see beyond those the request names; null when they may see others (a desk).</param>
    public static Verdict Judge(HostileCase @case, HostileResponse response, IReadOnlyDictionary<ValueKey, string> forbidden, IReadOnlySet<string>? visibleCodes)
    {
        var errors = response.Errors;
        var codes = errors.Select(e => e.Code ?? "(no code)").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var outcome = $"{response.Status} {(codes.Count == 0 ? "(no error)" : string.Join('+', codes))}";
        var forbiddenErrors = errors.Where(e => e.Code == ErrorCodes.Forbidden).ToList();
        var violations = new List<string>();
        var expected = @case.Expected;
        switch (expected)
        {
            case Expected.Unauthenticated:
                Expect(response.Status == 401 && codes.SequenceEqual([ErrorCodes.Unauthenticated]), $"expected 401 UNAUTHENTICATED, got {outcome}", violations);
                Expect(response.Challenge?.StartsWith("Bearer", StringComparison.Ordinal) == true, "no WWW-Authenticate: Bearer challenge", violations);
                break;
            case Expected.ValidationFailed:
                Expect(response.Status == 400 && codes.Contains("GRAPHQL_VALIDATION_FAILED"), $"expected 400 GRAPHQL_VALIDATION_FAILED, got {outcome}", violations);
                break;
            case Expected.BatchingNotSupported:
                Expect(response.Status == 400 && codes.Contains(ErrorCodes.BatchingNotSupported), $"expected 400 BATCHING_NOT_SUPPORTED, got {outcome}", violations);
                break;
            case Expected.FieldRefusals:
                Expect(response.Status == 200, $"expected 200 with refused fields, got {outcome}", violations);
                Expect(forbiddenErrors.Count > 0, $"nothing was refused ({outcome})", violations);
                Expect(codes.All(code => code == ErrorCodes.Forbidden), $"errors other than FORBIDDEN: {outcome}", violations);
                break;
            case Expected.NoForeignData:
                break;
        }

        if (expected is not Expected.FieldRefusals and not Expected.NoForeignData)
        {
            Expect(response.Data is null, "data returned with a refused request", violations);
        }

        foreach (var error in forbiddenErrors)
        {
            Expect(error.Reason is { } reason && @case.Reasons.Contains(reason), $"FORBIDDEN at {error.PathText} with reason {error.Reason ?? "(none)"}, not one of {string.Join('/', @case.Reasons)}", violations);
            Expect(IsNullAt(response.Json, error.Path), $"FORBIDDEN at {error.PathText} but the field is not null", violations);
        }

        var leaks = LeakDetector.Find(response, @case.Body, forbidden);
        if (visibleCodes is not null)
        {
            leaks = [.. leaks, .. LeakDetector.FindForeignFiscalCodes(response, @case.Body, visibleCodes).Where(code => !leaks.Any(leak => leak.Value == code.Value))];
        }

        return new Verdict(@case, outcome, [.. forbiddenErrors.Select(e => e.Reason ?? "(none)")], leaks, violations);
    }

    /// <summary>True when the value at <paramref name="path"/> under <c>data</c> is null, or a step above it is (null propagation), or it is absent.</summary>
    private static bool IsNullAt(JsonElement? json, IReadOnlyList<JsonElement>? path)
    {
        if (path is null || json is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("data", out var node))
        {
            return true;
        }

        foreach (var step in path)
        {
            if (node.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            var found = step.ValueKind == JsonValueKind.Number
                ? node.ValueKind == JsonValueKind.Array && step.GetInt32() < node.GetArrayLength() && (node = node[step.GetInt32()]).ValueKind != JsonValueKind.Undefined
                : node.ValueKind == JsonValueKind.Object && node.TryGetProperty(step.GetString()!, out node);
            if (!found)
            {
                return true;
            }
        }

        return node.ValueKind == JsonValueKind.Null;
    }

    private static void Expect(bool condition, string violation, List<string> violations)
    {
        if (!condition)
        {
            violations.Add(violation);
        }
    }
}
