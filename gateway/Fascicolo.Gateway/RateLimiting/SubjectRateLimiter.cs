using System.Globalization;
using Fascicolo.Gateway.Http;
using Fascicolo.Gateway.Trust;
using StackExchange.Redis;

namespace Fascicolo.Gateway.RateLimiting;

/// <summary>
/// Limits each caller to its role's permits per minute, before the request body is read: the key is the
/// caller's role and subject (a citizen's fiscal code, an operator's user id), or the client's address for
/// anonymous callers. Over the limit: 429 with <c>Retry-After</c> and code <c>RATE_LIMITED</c>.
/// </summary>
/// <remarks>
/// When the store (Redis) cannot be reached the request goes through: losing the limit for a while is
/// better than refusing the whole city, and the failure is logged.
/// </remarks>
internal sealed partial class SubjectRateLimiter(RateLimitSettings settings, IRateLimitStore store, ILogger<SubjectRateLimiter> logger)
{
    /// <summary>The error code of a refused request.</summary>
    public const string RateLimitedCode = "RATE_LIMITED";

    /// <summary>Counts the request; null when it may go on, otherwise the refusal to write.</summary>
    public async ValueTask<HttpRejection?> AcquireAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!settings.IsEnabled)
        {
            return null;
        }

        var caller = context.Features.Get<Caller>();
        var role = caller?.Role ?? CallerRoles.Anonymous;
        var permits = settings.PermitsFor(role);
        if (permits == 0)
        {
            return null;
        }

        var key = caller is { IsAuthenticated: true, Subject: { } subject }
            ? role + ":" + subject
            : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        RateLimitCount count;
        try
        {
            count = await store.IncrementAsync(key, RateLimitSettings.Window, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogStoreUnavailable(logger, exception);
            return null;
        }

        if (count.Count <= permits)
        {
            return null;
        }

        // Whole seconds, rounded up: a client retrying at Retry-After must find the window closed.
        var retryAfter = Math.Max(1, (int)Math.Ceiling(count.ResetsIn.TotalSeconds));
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        var article = role is [('a' or 'e' or 'i' or 'o' or 'u'), ..] ? "an" : "a";
        return new HttpRejection(
            StatusCodes.Status429TooManyRequests,
            RateLimitedCode,
            string.Create(CultureInfo.InvariantCulture, $"Too many requests: {article} {role} caller may make {permits} a minute. Retry in {retryAfter} s."));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The rate-limit store cannot be reached; requests are not limited until it is back")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception);
}
