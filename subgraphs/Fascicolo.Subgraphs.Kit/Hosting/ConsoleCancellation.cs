using System.Runtime.InteropServices;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// Cancels a console command on Ctrl-C or SIGTERM (the subgraph's <c>seed</c>, <c>gtfs</c>, <c>verify</c>
/// commands), so it can stop cleanly; a second Ctrl-C kills the process. Dispose to stop listening.
/// </summary>
public sealed class ConsoleCancellation : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration _sigterm;

    /// <summary>Starts listening for Ctrl-C and SIGTERM.</summary>
    public ConsoleCancellation()
    {
        Console.CancelKeyPress += OnCancelKeyPress;
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            _source.Cancel();
        });
    }

    /// <summary>Cancelled when the user or the system asks the command to stop.</summary>
    public CancellationToken Token => _source.Token;

    /// <inheritdoc />
    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _sigterm.Dispose();
        _source.Dispose();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        // The first Ctrl-C cancels cleanly; a second one kills the process.
        e.Cancel = !_source.IsCancellationRequested;
        _source.Cancel();
    }
}
