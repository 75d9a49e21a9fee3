using System.Security.Cryptography;
using Fascicolo.Gateway.Hosting;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Gateway.Identity;

/// <summary>Loads the gateway's P-256 private keys (created on first use), turning failures into start-up errors that name the setting.</summary>
internal static class KeyFiles
{
    /// <summary>The private key at <paramref name="path"/> (relative paths as <see cref="RepositoryPaths.Resolve"/>), created with its <c>.pub</c> when missing.</summary>
    /// <exception cref="GatewayStartupException">The file cannot be read or created, or is not a P-256 private key.</exception>
    public static ECDsa LoadOrCreate(string path, string setting)
    {
        var resolved = RepositoryPaths.Resolve(path);
        ECDsa? key = null;
        try
        {
            key = InternalTokenKeys.LoadOrCreatePrivateKey(resolved);

            // A public key imports without complaint; it would only fail at the first signature.
            _ = key.ExportECPrivateKey();
            return key.KeySize == 256
                ? key
                : throw new CryptographicException($"the key is a {key.KeySize}-bit key, not P-256");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            key?.Dispose();
            throw new GatewayStartupException($"{setting}: the key '{resolved}' cannot be loaded or created: {exception.Message}", exception);
        }
    }
}
