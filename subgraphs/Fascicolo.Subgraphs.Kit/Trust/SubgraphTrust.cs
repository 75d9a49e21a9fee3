using System.Security.Cryptography;
using Fascicolo.Gateway.Trust;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// Who is calling a subgraph: the caller named by the gateway's internal token
/// (<c>Authorization: Bearer …</c>), checked against the gateway's public key, this subgraph as audience
/// and the bytes the request carries. Subgraphs trust nobody else, so calling one directly yields nothing.
/// </summary>
internal sealed partial class SubgraphTrust
{
    private readonly InternalTokenValidator _validator;
    private readonly ILogger<SubgraphTrust> _logger;

    /// <summary>Reads <see cref="SubgraphTrustSettings"/> from <paramref name="configuration"/>.</summary>
    /// <exception cref="SubgraphConfigurationException">The key is missing or unreadable.</exception>
    public SubgraphTrust(IConfiguration configuration, SubgraphModule module, ILogger<SubgraphTrust> logger)
    {
        _logger = logger;
        _validator = new InternalTokenValidator(ReadGatewayKey(configuration), module.Name, new InternalTokenReplayCache());
    }

    /// <summary>
    /// The caller of <paramref name="request"/>, whose signed bytes are <paramref name="signed"/> (the raw
    /// POST body, or the raw query string of a GET); null when refused (the reason is logged).
    /// </summary>
    public async Task<Caller?> AuthenticateAsync(HttpRequest request, ReadOnlyMemory<byte> signed)
    {
        var authorization = request.Headers.Authorization;
        if (authorization.Count != 1 || BearerToken(authorization.ToString()) is not { } token)
        {
            LogRefused(_logger, "no Bearer token in a single Authorization header");
            return null;
        }
        var validation = await _validator.ValidateAsync(token, signed).ConfigureAwait(false);
        if (validation.Caller is null)
        {
            LogRefused(_logger, validation.Failure ?? "invalid internal token");
        }
        return validation.Caller;
    }

    private static string? BearerToken(string header)
    {
        const string Scheme = "Bearer ";
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && header.Length > Scheme.Length
            ? header[Scheme.Length..].Trim()
            : null;
    }

    private static ECDsa ReadGatewayKey(IConfiguration configuration)
    {
        var key = configuration[SubgraphTrustSettings.GatewayKey];
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new SubgraphConfigurationException(
                $"The gateway's public key '{SubgraphTrustSettings.GatewayKey}' is missing: set it (environment Trust__GatewayKey) " +
                "to the PEM text or the path of the public key the gateway signs internal tokens with (under `up`: .data/identity/internal.pem.pub).");
        }
        try
        {
            return InternalTokenKeys.LoadPublicKey(key);
        }
        catch (Exception exception) when (exception is ArgumentException or CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new SubgraphConfigurationException($"'{SubgraphTrustSettings.GatewayKey}' is not a readable P-256 key (PEM text or file path): {exception.Message}", exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request without a valid internal token: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);

}
