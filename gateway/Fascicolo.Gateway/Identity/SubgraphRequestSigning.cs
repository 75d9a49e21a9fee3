using System.Security.Cryptography;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Hosting;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Gateway.Identity;

/// <summary>
/// The gateway's side of subgraph trust: when <c>Trust:SigningKeyFile</c> is set, every subgraph
/// request carries an internal token signed with that key (created on first use, its public half
/// written beside it as <c>.pub</c> for the subgraphs' <c>Trust:GatewayKey</c>); otherwise nothing is signed.
/// </summary>
/// <remarks>
/// The key is never disposed: Microsoft.IdentityModel caches signature providers per key id for the whole
/// process, and a disposed key would break the next host that loads the same file (a restart in tests).
/// </remarks>
internal sealed class SubgraphRequestSigning
{
    /// <summary>The setting naming the private key file.</summary>
    public const string SigningKeyFileSetting = "Trust:SigningKeyFile";

    private readonly InternalTokenIssuer? _issuer;

    private SubgraphRequestSigning(ECDsa? key) => _issuer = key is null ? null : new InternalTokenIssuer(key);

    /// <summary>True when subgraph requests are signed.</summary>
    public bool Enabled => _issuer is not null;

    /// <summary>Reads <c>Trust:SigningKeyFile</c>, creating the key pair when the file does not exist yet.</summary>
    /// <exception cref="GatewayStartupException">The file cannot be read or created, or holds no P-256 private key.</exception>
    public static SubgraphRequestSigning Create(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[SigningKeyFileSetting] is not { Length: > 0 } file)
        {
            return new SubgraphRequestSigning(null);
        }

        return new SubgraphRequestSigning(KeyFiles.LoadOrCreate(file, SigningKeyFileSetting));
    }

    /// <summary>The signer for <paramref name="caller"/>'s request, or null when signing is off.</summary>
    public ISubgraphRequestSigner? For(Caller caller) =>
        _issuer is null ? null : new InternalTokenSigner(_issuer, caller);
}
