using System.Security.Claims;
using Fascicolo.Gateway.Documents;
using Fascicolo.Gateway.Hosting;
using Fascicolo.Gateway.Http;
using Fascicolo.Gateway.Trust;
using Microsoft.AspNetCore.Authentication;

namespace Fascicolo.Gateway.Identity;

/// <summary>
/// Establishes who is calling <c>/graphql</c>, before anything else reads the request: gives the request
/// its id (<c>X-Request-Id</c>), reads the stated purpose (<c>Fascicolo-Purpose</c>), validates a bearer
/// token with the configured schemes and maps it to a <see cref="Caller"/> (with a citizen's wards). The
/// caller and the signer of its subgraph requests go into the request's features.
/// </summary>
/// <remarks>
/// No <c>Authorization</c> header: an anonymous caller (public data only). A header that does not hold a
/// valid token: 401 and nothing else happens, never a silent downgrade to anonymous. With no issuer
/// configured (a foreign supergraph served as is) every caller is anonymous and the header is not read.
/// </remarks>
internal sealed partial class CallerIdentification(IdentitySettings settings, SubgraphRequestSigning signing, WardsLookup wards, ValidatedTokens validated, ILogger<CallerIdentification> logger)
{
    public const string RequestIdHeader = "X-Request-Id";
    public const string PurposeHeader = "Fascicolo-Purpose";
    public const int MaxPurposeLength = 200;

    /// <summary>The caller of the request, or null when the request was refused (the response is written).</summary>
    public async Task<Caller?> IdentifyAsync(HttpContext context, GatewayRuntime runtime, ResponseFormat format)
    {
        ArgumentNullException.ThrowIfNull(context);
        var requestId = Guid.NewGuid().ToString("N");
        context.Response.Headers[RequestIdHeader] = requestId;
        if (!TryReadPurpose(context.Request, out var purpose, out var problem))
        {
            await GraphQLResponses.WriteErrorsAsync(context, format, StatusCodes.Status400BadRequest, [new GraphQLError(problem, GatewayErrorCodes.BadRequest)]).ConfigureAwait(false);
            return null;
        }

        var caller = Caller.Anonymous(requestId);
        if (settings.AnyIssuer && context.Request.Headers.Authorization.Count > 0)
        {
            var check = await AuthenticateAsync(context).ConfigureAwait(false);
            if (check.Failure is { } failure)
            {
                await RefuseAsync(context, format, requestId, failure.Error, failure.Description).ConfigureAwait(false);
                return null;
            }

            var mapping = CallerMapper.Map(check.Principal!, requestId, purpose);
            if (mapping.Caller is null)
            {
                await RefuseAsync(context, format, requestId, "invalid_token", mapping.Failure!).ConfigureAwait(false);
                return null;
            }

            caller = mapping.Caller;
            if (caller.Role == CallerRoles.Citizen)
            {
                caller = caller with { Wards = await wards.GetAsync(caller, runtime, context.RequestAborted).ConfigureAwait(false) };
            }
        }

        context.Features.Set(caller);
        if (signing.For(caller) is { } signer)
        {
            context.Features.Set(signer);
        }

        return caller;
    }

    /// <summary>The claims of the request's bearer token, validated now or taken from <see cref="ValidatedTokens"/>.</summary>
    private async Task<(ClaimsPrincipal? Principal, (string Error, string Description)? Failure)> AuthenticateAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
        if (token is { Length: > 0 } && validated.TryGet(token, out var known))
        {
            return (known, null);
        }

        var result = await context.AuthenticateAsync(IdentitySchemes.Policy).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            // No result: the header is not "Bearer <token>" (RFC 6750 calls that a malformed request).
            return (null, result.None
                ? ("invalid_request", "The Authorization header must be 'Bearer <token>'.")
                : ("invalid_token", TokenFailures.Describe(result.Failure)));
        }

        if (token is { Length: > 0 })
        {
            validated.Add(token, result.Principal!);
        }

        return (result.Principal, null);
    }

    private async Task RefuseAsync(HttpContext context, ResponseFormat format, string requestId, string error, string description)
    {
        LogRefused(logger, requestId, description);
        context.Response.Headers.WWWAuthenticate = $"Bearer error=\"{error}\", error_description=\"{HeaderSafe(description)}\"";
        await GraphQLResponses.WriteErrorsAsync(context, format, StatusCodes.Status401Unauthorized, [new GraphQLError($"Authentication failed: {description}", GatewayErrorCodes.Unauthenticated)]).ConfigureAwait(false);
    }

    private static bool TryReadPurpose(HttpRequest request, out string? purpose, out string problem)
    {
        problem = string.Empty;
        purpose = request.Headers[PurposeHeader].ToString().Trim();
        if (purpose.Length == 0)
        {
            purpose = null;
            return true;
        }

        if (purpose.Length > MaxPurposeLength)
        {
            problem = $"The {PurposeHeader} header must be at most {MaxPurposeLength} characters, not {purpose.Length}.";
            return false;
        }

        if (purpose.Any(char.IsControl))
        {
            problem = $"The {PurposeHeader} header must not contain control characters.";
            return false;
        }

        return true;
    }

    // RFC 6750 §3: error_description is printable ASCII without '"' and '\'; token values quoted in it come from the client.
    private static string HeaderSafe(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is '"' or '\\' or < ' ' or > '~' ? '\'' : c;
            }
        });

    [LoggerMessage(Level = LogLevel.Information, Message = "Request {RequestId} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string requestId, string reason);
}
