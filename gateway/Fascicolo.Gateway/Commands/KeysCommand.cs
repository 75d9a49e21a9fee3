using Fascicolo.Gateway.Hosting;
using Fascicolo.Gateway.Identity;

namespace Fascicolo.Gateway.Commands;

/// <summary>
/// <c>keys [--dev-issuer .data/identity/dev-issuer.pem] [--internal .data/identity/internal.pem]</c>:
/// creates the development issuer's key and the gateway's internal-token key when missing (each with its
/// public half beside it as <c>.pub</c>) and prints their paths, so <c>up</c> can hand the public key to
/// the subgraphs before any of them starts. Exit codes: 0 ready, 2 bad arguments or unusable files.
/// </summary>
internal static class KeysCommand
{
    public const string DefaultInternalKey = ".data/identity/internal.pem";
    private const string Usage = "usage: Fascicolo.Gateway keys [--dev-issuer <file>] [--internal <file>]";
    private static readonly string[] Known = ["--dev-issuer", "--internal"];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (CommandOptions.Parse(args, Known, out var problem) is not { } options)
        {
            await error.WriteLineAsync($"keys: {problem}\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        try
        {
            foreach (var (file, setting) in new[]
            {
                (options["--dev-issuer"] ?? DevelopmentIssuerSettings.DefaultKeyFile, "--dev-issuer"),
                (options["--internal"] ?? DefaultInternalKey, "--internal"),
            })
            {
                using var key = KeyFiles.LoadOrCreate(file, setting);
                await output.WriteLineAsync($"{setting[2..]}: {RepositoryPaths.Resolve(file)}").ConfigureAwait(false);
            }

            return 0;
        }
        catch (GatewayStartupException exception)
        {
            await error.WriteLineAsync($"keys: {exception.Message}").ConfigureAwait(false);
            return 2;
        }
    }
}
