using System.Security.Cryptography;
using Fascicolo.Gateway.Trust;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
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
    /// <exception cref="SubgraphConfigurationException">The key is missing or unreadable, or the mode is unknown or not allowed here.</exception>
    public SubgraphTrust(IConfiguration configuration, IHostEnvironment environment, SubgraphModule module, ILogger<SubgraphTrust> logger)
    {
        _logger = logger;
        IsRequired = ReadMode(configuration, environment);
        _validator = new InternalTokenValidator(ReadGatewayKey(configuration), module.Name, new InternalTokenReplayCache());
        if (!IsRequired)
        {
            LogTrustOff(logger, module.Name);
        }
    }

    /// <summary>False only under <c>Trust:Mode=off</c> (Development): then a request without a token runs as anonymous.</summary>
    public bool IsRequired { get; }

    /// <summary>
    /// The caller of <paramref name="request"/>, whose signed bytes are <paramref name="signed"/> (the raw
    /// POST body, or the raw query string of a GET); null when refused (the reason is logged).
    /// </summary>
    public async Task<Caller?> AuthenticateAsync(HttpRequest request, ReadOnlyMemory<byte> signed)
    {
        var authorization = request.Headers.Authorization;
        if (authorization.Count == 0 && !IsRequired)
        {
            return Caller.Anonymous(request.HttpContext.TraceIdentifier);
        }
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

    private static bool ReadMode(IConfiguration configuration, IHostEnvironment environment)
    {
        var mode = configuration[SubgraphTrustSettings.Mode];
        if (string.IsNullOrWhiteSpace(mode) || mode.Trim().Equals(SubgraphTrustSettings.Required, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (!mode.Trim().Equals(SubgraphTrustSettings.Off, StringComparison.OrdinalIgnoreCase))
        {
            throw new SubgraphConfigurationException($"{SubgraphTrustSettings.Mode} must be '{SubgraphTrustSettings.Required}' or '{SubgraphTrustSettings.Off}'; '{mode}' was given.");
        }
        return environment.IsDevelopment()
            ? false
            : throw new SubgraphConfigurationException(
                $"{SubgraphTrustSettings.Mode}={SubgraphTrustSettings.Off} is allowed only in the Development environment " +
                $"(ASPNETCORE_ENVIRONMENT=Development); this is '{environment.EnvironmentName}'.");
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subgraph {Subgraph} runs with Trust:Mode=off: requests without an internal token run as anonymous (benchmark lab only)")]
    private static partial void LogTrustOff(ILogger logger, string subgraph);
}
