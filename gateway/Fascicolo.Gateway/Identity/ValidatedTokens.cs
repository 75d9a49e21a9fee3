using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;

namespace Fascicolo.Gateway.Identity;

/// <summary>
/// The bearer tokens the gateway has already validated, each with its claims, so a client that sends the same
/// token with every request (as every client does for the token's lifetime) pays for one signature check,
/// not one per request. A token is kept until the earlier of its <c>exp</c> and <see cref="TokenCacheSettings.Lifetime"/>
/// after it was validated, so a key the issuer withdraws stops being trusted within that time.
/// </summary>
/// <remarks>
/// Only tokens that passed validation are kept, looked up by their whole text: a token differing in one
/// character is validated afresh. When <see cref="TokenCacheSettings.Entries"/> is reached, expired tokens are
/// dropped first and, when none has expired, all of them: refilling costs one validation per client.
/// </remarks>
internal sealed class ValidatedTokens(TokenCacheSettings settings, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The claims of <paramref name="token"/> when it was validated and is still within its time.</summary>
    public bool TryGet(string token, out ClaimsPrincipal principal)
    {
        principal = null!;
        if (!settings.Enabled || !_entries.TryGetValue(token, out var entry))
        {
            return false;
        }

        if (entry.Until <= time.GetUtcNow())
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(token, entry));
            return false;
        }

        principal = entry.Principal;
        return true;
    }

    /// <summary>Keeps <paramref name="token"/>, just validated to <paramref name="principal"/>; a token without <c>exp</c> is not kept.</summary>
    public void Add(string token, ClaimsPrincipal principal)
    {
        if (!settings.Enabled || ExpiresAt(principal) is not { } expires)
        {
            return;
        }

        var now = time.GetUtcNow();
        var until = expires < now + settings.Lifetime ? expires : now + settings.Lifetime;
        if (until <= now)
        {
            return;
        }

        if (_entries.Count >= settings.Entries)
        {
            MakeRoom(now);
        }

        _entries[token] = new Entry(principal, until);
    }

    private void MakeRoom(DateTimeOffset now)
    {
        foreach (var pair in _entries)
        {
            if (pair.Value.Until <= now)
            {
                _entries.TryRemove(pair);
            }
        }

        if (_entries.Count >= settings.Entries)
        {
            _entries.Clear();
        }
    }

    private static DateTimeOffset? ExpiresAt(ClaimsPrincipal principal) =>
        principal.FindFirst("exp")?.Value is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private sealed record Entry(ClaimsPrincipal Principal, DateTimeOffset Until);
}
