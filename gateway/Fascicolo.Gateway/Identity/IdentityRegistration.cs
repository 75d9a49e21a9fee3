namespace Fascicolo.Gateway.Identity;

/// <summary>Adds identity to the gateway: the token issuers, the caller of each request and the signing of subgraph requests.</summary>
internal static class IdentityRegistration
{
    /// <summary>Reads the identity and trust settings, loads (or creates) the keys and registers the services.</summary>
    /// <param name="builder">The gateway's builder.</param>
    /// <param name="warnings">Receives what does not stop start-up but an operator should know.</param>
    /// <returns>The identity settings read (other parts of the host depend on whether any issuer is configured).</returns>
    /// <exception cref="Hosting.GatewayStartupException">A setting is wrong or a key cannot be loaded.</exception>
    public static IdentitySettings AddGatewayIdentity(this WebApplicationBuilder builder, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(warnings);
        var settings = IdentitySettings.Read(builder.Configuration);
        var signing = SubgraphRequestSigning.Create(builder.Configuration);
        var development = settings.Development is { } developmentSettings ? DevelopmentIssuer.Load(developmentSettings) : null;

        if (development is not null && !builder.Environment.IsDevelopment())
        {
            warnings.Add($"Identity:Development:Enabled is on in the {builder.Environment.EnvironmentName} environment: whoever can read '{development.Settings.KeyFile}' can sign in as anyone.");
        }

        if (!settings.AnyIssuer)
        {
            warnings.Add("No token issuer is configured (Identity:*, AzureAd): every caller is anonymous.");
        }

        if (!signing.Enabled)
        {
            warnings.Add($"{SubgraphRequestSigning.SigningKeyFileSetting} is not set: subgraph requests carry no internal token.");
        }

        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(signing);
        if (development is not null)
        {
            services.AddSingleton(development);
        }

        services.AddMemoryCache();
        services.AddSingleton<WardsLookup>();
        services.AddSingleton(new ValidatedTokens(settings.TokenCache, TimeProvider.System));
        services.AddSingleton<CallerIdentification>();
        services.AddIdentitySchemes(builder.Configuration, settings, development);
        return settings;
    }
}
