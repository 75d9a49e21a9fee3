using System.Text.Json;
using Fascicolo.Audit.Store;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Testing;

/// <summary>
/// What the subgraphs' access tests check: how a refused read looks in the response (a <c>FORBIDDEN</c>
/// error with its reason at the field's path, and null there), that another person's values show nowhere,
/// and what the access log holds for the caller's request (<see cref="TestCallers"/> gives each caller a
/// fresh request id, <see cref="TestAccessLog"/> reads the entries).
/// </summary>
public static class AccessAssertions
{
    private const string ForbiddenCode = "FORBIDDEN";

    /// <summary>
    /// The read at <paramref name="path"/> was refused: every error is <c>FORBIDDEN</c> with
    /// <paramref name="reason"/>, one of them sits at <paramref name="path"/>, and the response holds null
    /// there (or above it, where a non-null field carried the null up).
    /// </summary>
    /// <param name="response">The response body.</param>
    /// <param name="reason">The expected <c>extensions.reason</c>.</param>
    /// <param name="path">The refused field's path, e.g. <c>"_entities", 0, "vehicles"</c>.</param>
    public static void AssertRefused(this JsonDocument response, string reason, params object[] path)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(path);
        response.AssertOnlyForbidden(reason);
        response.AssertForbidden(reason, path);
        Assert.True(
            IsNullAt(response.RootElement.GetProperty("data"), path),
            $"Expected null at {string.Join('/', path)}: {response.RootElement}");
    }

    /// <summary>
    /// An error coded <c>FORBIDDEN</c> with <paramref name="reason"/> sits at <paramref name="path"/>; the
    /// response may hold other errors (see <see cref="AssertOnlyForbidden"/> and <see cref="AssertRefused"/>).
    /// </summary>
    /// <param name="response">The response body.</param>
    /// <param name="reason">The expected <c>extensions.reason</c>.</param>
    /// <param name="path">The refused field's path, e.g. <c>"citizen", "residence"</c>.</param>
    public static void AssertForbidden(this JsonDocument response, string reason, params object[] path)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(path);
        var wanted = string.Join('/', path);
        Assert.True(
            response.Errors().Any(e => e.Extension("code") == ForbiddenCode && e.Extension("reason") == reason && PathOf(e) == wanted),
            $"No {ForbiddenCode} {reason} at {wanted} in: {response.RootElement}");
    }

    /// <summary>The response has errors, and every one of them is <c>FORBIDDEN</c> with <paramref name="reason"/>.</summary>
    /// <param name="response">The response body.</param>
    /// <param name="reason">The expected <c>extensions.reason</c>.</param>
    public static void AssertOnlyForbidden(this JsonDocument response, string reason) =>
        Assert.All(response.Errors(), error =>
        {
            Assert.Equal(ForbiddenCode, error.Extension("code"));
            Assert.Equal(reason, error.Extension("reason"));
        });

    /// <summary>
    /// None of <paramref name="values"/> appears anywhere in the response, errors included, in any letter
    /// case: a fiscal code or a name in other capitals is the same person's data.
    /// </summary>
    /// <param name="response">The response body.</param>
    /// <param name="values">Values of the other person's data.</param>
    public static void AssertNowhere(this JsonDocument response, params string[] values)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(values);
        var body = response.RootElement.GetRawText();
        Assert.All(values, value => Assert.DoesNotContain(value, body, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The access log holds, for <paramref name="caller"/>'s request, exactly one entry per subject of
    /// <paramref name="expected"/>, by <paramref name="subgraph"/>, naming the caller (role, subject, ente,
    /// department, purpose) and exactly the fields read, in any order.
    /// </summary>
    /// <param name="caller">Who read (their request id finds the entries).</param>
    /// <param name="subgraph">The subgraph that served the read.</param>
    /// <param name="expected">Each data subject with the <c>Type.field</c> coordinates read of them.</param>
    /// <returns>A task.</returns>
    public static async Task AssertAuditedAsync(Caller caller, string subgraph, params (string Subject, string[] Fields)[] expected)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(expected);
        var entries = await TestAccessLog.ReadByRequestAsync(caller.RequestId).ConfigureAwait(false);
        Assert.Equal(expected.Select(e => e.Subject).Order(StringComparer.Ordinal), entries.Select(e => e.DataSubject).Order(StringComparer.Ordinal));
        foreach (var (subject, fields) in expected)
        {
            var entry = Assert.Single(entries, e => e.DataSubject == subject);
            AssertActor(entry, caller, subgraph);
            Assert.Equal(fields.Order(StringComparer.Ordinal), entry.Fields.Order(StringComparer.Ordinal));
        }
    }

    /// <summary>The access log holds nothing for <paramref name="caller"/>'s request: no personal data was read.</summary>
    /// <param name="caller">Who was refused, or read only public data.</param>
    /// <returns>A task.</returns>
    public static async Task AssertNotAuditedAsync(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        Assert.Empty(await TestAccessLog.ReadByRequestAsync(caller.RequestId).ConfigureAwait(false));
    }

    private static void AssertActor(AccessRecord entry, Caller caller, string subgraph)
    {
        Assert.Equal(subgraph, entry.Subgraph);
        Assert.Equal(caller.Role, entry.ActorRole);
        Assert.Equal(caller.Subject, entry.ActorSubject);
        Assert.Equal(caller.Ente, entry.ActorEnte);
        Assert.Equal(caller.Department, entry.ActorDepartment);
        Assert.Equal(caller.Purpose, entry.Purpose);
    }

    // The error's path, its segments joined by '/'; empty for an error with no path.
    private static string PathOf(JsonElement error) =>
        error.TryGetProperty("path", out var path) ? string.Join('/', path.EnumerateArray().Select(s => s.ToString())) : string.Empty;

    private static bool IsNullAt(JsonElement data, object[] path)
    {
        var at = data;
        foreach (var step in path)
        {
            if (at.ValueKind == JsonValueKind.Null)
            {
                return true;
            }
            at = step is int index ? at[index] : at.GetProperty((string)step);
        }
        return at.ValueKind == JsonValueKind.Null;
    }
}
