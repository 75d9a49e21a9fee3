using Fascicolo.Gateway.Commands;
using Fascicolo.Gateway.Hosting;

namespace Fascicolo.Gateway.TrustedDocuments;

/// <summary>
/// <c>trusted-documents [--operations schema/operations] [--out &lt;operations&gt;/manifest.json]</c>: hashes
/// every <c>&lt;client&gt;/*.graphql</c> of the operations folder and writes the manifest the gateway loads.
/// Run by <c>./build.sh build</c>; a test fails when the checked-in manifest differs from the files.
/// Exit codes: 0 written, 2 bad arguments or files.
/// </summary>
internal static class TrustedDocumentsCommand
{
    public const string DefaultOperations = "schema/operations";
    private const string Usage = "usage: Fascicolo.Gateway trusted-documents [--operations <folder>] [--out <file>]";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (CommandOptions.Parse(args, ["--operations", "--out"], out var problem) is not { } options)
        {
            await error.WriteLineAsync($"{problem}\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        var folder = RepositoryPaths.Resolve(options["--operations"] ?? DefaultOperations);
        if (!Directory.Exists(folder))
        {
            await error.WriteLineAsync($"trusted-documents: the operations folder '{folder}' does not exist.").ConfigureAwait(false);
            return 2;
        }

        try
        {
            var manifest = TrustedDocumentManifest.FromDirectory(folder);
            var target = options["--out"] is { } file ? Path.GetFullPath(file) : Path.Combine(folder, "manifest.json");
            await File.WriteAllTextAsync(target, manifest.ToJson()).ConfigureAwait(false);
            await output.WriteLineAsync($"trusted-documents: {manifest.Count} document(s) of {manifest.Clients.Count} client(s) -> {target}").ConfigureAwait(false);
            return 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"trusted-documents: {exception.Message}").ConfigureAwait(false);
            return 2;
        }
    }
}
