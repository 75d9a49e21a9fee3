namespace Fascicolo.Subgraphs.Kit;

// SeedCommand: the console entry point, with Ctrl-C and SIGTERM cancelling the seed.
public static partial class SeedCommand
{
    /// <summary>Runs the command from the command line, on the console, with Ctrl-C cancelling it.</summary>
    /// <param name="args">The arguments after <c>seed</c>.</param>
    /// <param name="module">The subgraph.</param>
    /// <returns>0 when seeded or already seeded, 1 on any failure or cancellation.</returns>
    public static async Task<int> RunAsync(string[] args, SubgraphModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (!SeedOptions.TryParse(args, out var options, out var configurationArgs, out var error))
        {
            await Console.Error.WriteLineAsync($"{error}\n{SeedOptions.Usage}").ConfigureAwait(false);
            return 1;
        }
        using var cancellation = new ConsoleCancellation();
        try
        {
            var app = SubgraphApplication.Build([.. configurationArgs], module);
            await using (app.ConfigureAwait(false))
            {
                return await RunAsync(app.Services, module, options, Console.Out, Console.Error, ConsoleSeedProgress.ForConsole(), cancellation.Token).ConfigureAwait(false);
            }
        }
        catch (SubgraphConfigurationException exception)
        {
            await Console.Error.WriteLineAsync($"seed failed: {exception.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
