using Fascicolo.Gateway.Composition;
using Fascicolo.Gateway.Hosting;

namespace Fascicolo.Gateway.Commands;

/// <summary>
/// <c>compose [--subgraphs schema/subgraphs] [--out schema/supergraph.graphql]</c>: composes every
/// subgraph schema of a folder with <see cref="SupergraphComposer"/> and writes the supergraph. Exit
/// codes: 0 composed, 1 composition errors (printed with their codes), 2 bad arguments or files.
/// </summary>
internal static class ComposeCommand
{
    public const string DefaultSubgraphs = "schema/subgraphs";
    public const string DefaultOutput = "schema/supergraph.graphql";
    private const string Usage = "usage: Fascicolo.Gateway compose [--subgraphs <folder>] [--out <file>]";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!TryParse(args, out var subgraphs, out var outputFile, out var problem))
        {
            await error.WriteLineAsync($"{problem}\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        var folder = RepositoryPaths.Resolve(subgraphs);
        CompositionResult result;
        try
        {
            result = SubgraphDirectory.Compose(folder);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            await error.WriteLineAsync($"compose: {exception.Message}").ConfigureAwait(false);
            return 2;
        }

        if (!result.IsSuccess)
        {
            await error.WriteLineAsync($"compose: composition of '{folder}' failed with {result.Errors.Count} error(s):").ConfigureAwait(false);
            foreach (var compositionError in result.Errors)
            {
                await error.WriteLineAsync("  " + compositionError).ConfigureAwait(false);
            }

            return 1;
        }

        // A missing output resolves against the repository root when the folder is there, so the
        // default writes schema/supergraph.graphql from any directory inside the checkout.
        var target = OutputPath(outputFile);
        await File.WriteAllTextAsync(target, SupergraphPrinter.Print(result.Supergraph!)).ConfigureAwait(false);
        await output.WriteLineAsync($"compose: {string.Join(", ", result.Supergraph!.Subgraphs.Select(s => s.Name))} -> {target}").ConfigureAwait(false);
        return 0;
    }

    private static string OutputPath(string file)
    {
        if (Path.IsPathRooted(file))
        {
            return file;
        }

        var parent = Path.GetDirectoryName(file);
        var resolvedParent = string.IsNullOrEmpty(parent) ? Directory.GetCurrentDirectory() : RepositoryPaths.Resolve(parent);
        return Path.Combine(resolvedParent, Path.GetFileName(file));
    }

    private static bool TryParse(IReadOnlyList<string> args, out string subgraphs, out string output, out string? problem)
    {
        subgraphs = DefaultSubgraphs;
        output = DefaultOutput;
        problem = null;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], i + 1 < args.Count ? args[++i] : null);
            if (value is null)
            {
                problem = $"{name} needs a value.";
                return false;
            }

            switch (name)
            {
                case "--subgraphs":
                    subgraphs = value;
                    break;
                case "--out":
                    output = value;
                    break;
                default:
                    problem = $"Unknown option {name}.";
                    return false;
            }
        }

        return true;
    }
}
