using System.Security.Cryptography;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Testing;

/// <summary>
/// The gateway key pair of the test process, made once: every <see cref="SubgraphTestHost"/> trusts its
/// public key (<c>Trust:GatewayKey</c>), and a gateway under test signs its subgraph calls with the
/// private key (<see cref="PrivateKeyPath"/> for a <c>Trust:SigningKeyFile</c>-style setting).
/// </summary>
public static class TestGatewayKeys
{
    private static readonly ECDsa Key = InternalTokenKeys.Create();
    private static readonly Lock IssuerGate = new();
    private static readonly InternalTokenIssuer Issuer = new(Key);
    private static readonly Lazy<string> KeyFile = new(WriteKeyFile);

    /// <summary>The private key, PEM (<c>EC PRIVATE KEY</c>).</summary>
    public static string PrivateKeyPem { get; } = Key.ExportECPrivateKeyPem();

    /// <summary>The public key, PEM (<c>PUBLIC KEY</c>): what subgraphs under test are configured with.</summary>
    public static string PublicKeyPem { get; } = Key.ExportSubjectPublicKeyInfoPem();

    /// <summary>
    /// A file holding <see cref="PrivateKeyPem"/> (and <c>&lt;path&gt;.pub</c> holding the public key, as
    /// <see cref="InternalTokenKeys.LoadOrCreatePrivateKey"/> expects), written on first use and deleted
    /// when the process exits.
    /// </summary>
    public static string PrivateKeyPath => KeyFile.Value;

    /// <summary>An internal token for <paramref name="caller"/> calling <paramref name="audience"/> with <paramref name="signedBytes"/>.</summary>
    /// <param name="caller">Who the token names.</param>
    /// <param name="audience">The subgraph's name.</param>
    /// <param name="signedBytes">The request body (POST) or the raw query string, <c>?</c> included (GET).</param>
    /// <returns>The compact JWT.</returns>
    public static string Mint(Caller caller, string audience, ReadOnlySpan<byte> signedBytes)
    {
        // One ECDsa shared by parallel tests: sign one at a time rather than rely on its thread safety.
        lock (IssuerGate)
        {
            return Issuer.Issue(caller, audience, signedBytes);
        }
    }

    private static string WriteKeyFile()
    {
        var directory = Directory.CreateTempSubdirectory("fascicolo-test-gateway-key-");
        var path = Path.Combine(directory.FullName, "internal.pem");
        File.WriteAllText(path, PrivateKeyPem);
        File.WriteAllText(InternalTokenKeys.PublicKeyPath(path), PublicKeyPem);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                directory.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        };
        return path;
    }
}
