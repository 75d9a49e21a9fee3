namespace Fascicolo.Subgraphs.Kit;

/// <summary>The settings of the internal-token check of <c>/graphql</c>.</summary>
public static class SubgraphTrustSettings
{
    /// <summary>The gateway's public key: PEM text or the path of a PEM file. Required.</summary>
    public const string GatewayKey = "Trust:GatewayKey";
}
