using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Fascicolo.Gateway.Trust;

/// <summary>
/// The gateway's P-256 key pair for internal tokens, kept as PEM: the private key stays with the
/// gateway, subgraphs get only the public key (a file path or the PEM text itself in configuration).
/// </summary>
public static class InternalTokenKeys
{
    /// <summary>A new P-256 key pair.</summary>
    public static ECDsa Create() => ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>
    /// Reads the private key at <paramref name="path"/>, creating it (and <c>&lt;path&gt;.pub</c>, the
    /// public key) on first use, readable by the current user only.
    /// </summary>
    public static ECDsa LoadOrCreatePrivateKey(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            using var created = Create();
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            WriteOwnerOnly(path, created.ExportECPrivateKeyPem());
            File.WriteAllText(PublicKeyPath(path), created.ExportSubjectPublicKeyInfoPem());
        }

        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(path));
        if (!File.Exists(PublicKeyPath(path)))
        {
            File.WriteAllText(PublicKeyPath(path), key.ExportSubjectPublicKeyInfoPem());
        }

        return key;
    }

    /// <summary>Where <see cref="LoadOrCreatePrivateKey"/> writes the public key of <paramref name="privateKeyPath"/>.</summary>
    public static string PublicKeyPath(string privateKeyPath) => privateKeyPath + ".pub";

    /// <summary>Reads a public (or private) key from PEM text or from the file holding it.</summary>
    /// <exception cref="ArgumentException">Neither PEM text nor an existing file.</exception>
    public static ECDsa LoadPublicKey(string pemOrPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(pemOrPath);
        var pem = pemOrPath.TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal)
            ? pemOrPath
            : File.Exists(pemOrPath)
                ? File.ReadAllText(pemOrPath)
                : throw new ArgumentException($"'{pemOrPath}' is neither a PEM key nor an existing file.", nameof(pemOrPath));
        var key = ECDsa.Create();
        key.ImportFromPem(pem);
        return key;
    }

    /// <summary>The key id (<c>kid</c>): the RFC 7638 thumbprint of the public key.</summary>
    public static string KeyId(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(key));
        return Base64UrlEncoder.Encode(jwk.ComputeJwkThumbprint());
    }

    /// <summary>The <c>bh</c> claim of a body: base64url SHA-256.</summary>
    public static string BodyHash(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        return Base64UrlEncoder.Encode(hash.ToArray());
    }

    private static void WriteOwnerOnly(string path, string text)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
        writer.Write(text);
    }
}
