namespace Fascicolo.Subgraphs.Kit;

/// <summary>The settings of the internal-token check of <c>/graphql</c>.</summary>
public static class SubgraphTrustSettings
{
    /// <summary>The gateway's public key: PEM text or the path of a PEM file. Required.</summary>
    public const string GatewayKey = "Trust:GatewayKey";

    /// <summary><see cref="Required"/> (the default) or <see cref="Off"/>.</summary>
    public const string Mode = "Trust:Mode";

    /// <summary>Every request must carry a valid internal token.</summary>
    public const string Required = "required";

    /// <summary>
    /// Requests without a token run as anonymous (public data only); a token, when sent, is still checked.
    /// Honoured only in the Development environment: it exists for the benchmark lab.
    /// </summary>
    public const string Off = "off";
}
