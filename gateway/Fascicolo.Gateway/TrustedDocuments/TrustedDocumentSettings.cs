using Fascicolo.Gateway.Hosting;

namespace Fascicolo.Gateway.TrustedDocuments;

/// <summary>
/// The trusted documents (section <c>Gateway:TrustedDocuments</c>): <c>Manifest</c> (default
/// <c>schema/operations/manifest.json</c>), <c>DefaultMode</c> for clients without a mode of their own
/// (default <c>allow-all</c>), <c>Clients:&lt;client&gt;:Mode</c>, and <c>AutomaticTtl</c>, how long a document
/// registered through Apollo's automatic persisted queries is kept (default one day). The client is the
/// one named by the request's <c>graphql-client-name</c> header.
/// </summary>
internal sealed record TrustedDocumentSettings
{
    /// <summary>The configuration section, under <c>Gateway</c>.</summary>
    public const string SectionName = "TrustedDocuments";

    /// <summary>The manifest used when none is configured.</summary>
    public const string DefaultManifest = "schema/operations/manifest.json";

    /// <summary>The manifest file; relative paths resolve against the current directory, then the repository root.</summary>
    public string Manifest { get; init; } = DefaultManifest;

    /// <summary>The mode of clients not listed, and of requests that name no client.</summary>
    public TrustedDocumentMode DefaultMode { get; init; } = TrustedDocumentMode.AllowAll;

    /// <summary>Modes by client name (case-sensitive, as the header is sent).</summary>
    public IReadOnlyDictionary<string, TrustedDocumentMode> Clients { get; init; } = new Dictionary<string, TrustedDocumentMode>(StringComparer.Ordinal);

    /// <summary>How long an automatically persisted document is kept.</summary>
    public TimeSpan AutomaticTtl { get; init; } = TimeSpan.FromDays(1);

    /// <summary>The mode of <paramref name="client"/> (null: the request named none).</summary>
    public TrustedDocumentMode ModeOf(string? client) =>
        client is not null && Clients.TryGetValue(client, out var mode) ? mode : DefaultMode;

    /// <summary>Reads the section.</summary>
    /// <exception cref="GatewayStartupException">A mode or a duration is malformed.</exception>
    public static TrustedDocumentSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(GatewaySettings.SectionName).GetSection(SectionName);
        var defaults = new TrustedDocumentSettings();
        var clients = new Dictionary<string, TrustedDocumentMode>(StringComparer.Ordinal);
        foreach (var client in section.GetSection("Clients").GetChildren())
        {
            clients[client.Key] = ParseMode(client["Mode"], $"Clients:{client.Key}:Mode") ?? defaults.DefaultMode;
        }

        var ttlText = section["AutomaticTtl"];
        TimeSpan? ttl = null;
        if (!string.IsNullOrWhiteSpace(ttlText))
        {
            ttl = TimeSpan.TryParse(ttlText, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed > TimeSpan.Zero
                ? parsed
                : throw new GatewayStartupException($"Gateway:TrustedDocuments:AutomaticTtl must be a positive duration (d.hh:mm:ss), not '{ttlText}'.");
        }

        return new TrustedDocumentSettings
        {
            Manifest = section["Manifest"] is { Length: > 0 } manifest ? manifest : DefaultManifest,
            DefaultMode = ParseMode(section["DefaultMode"], "DefaultMode") ?? defaults.DefaultMode,
            Clients = clients,
            AutomaticTtl = ttl ?? defaults.AutomaticTtl,
        };
    }

    private static TrustedDocumentMode? ParseMode(string? text, string key) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "trusted-only" => TrustedDocumentMode.TrustedOnly,
        "allow-all" => TrustedDocumentMode.AllowAll,
        _ => throw new GatewayStartupException($"Gateway:TrustedDocuments:{key} must be trusted-only or allow-all, not '{text}'."),
    };
}
