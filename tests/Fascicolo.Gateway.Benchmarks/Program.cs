using Fascicolo.Gateway.Benchmarks;

// ./build.sh bench runs: dotnet run -c Release --project tests/Fascicolo.Gateway.Benchmarks -- --artifacts <dir>
BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

// Not disposed: the exit handler below may still run after Main returns.
var cancellation = new CancellationTokenSource();
var finished = new ManualResetEventSlim();
// Ctrl-C and SIGTERM cancel the run; the ProcessGroups then stop every process it started, by pid.
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) =>
{
    if (finished.IsSet)
    {
        return;
    }
    cancellation.Cancel();
    finished.Wait(TimeSpan.FromSeconds(20));
};

try
{
    var report = await BenchmarkRun.RunAsync(options, cancellation.Token).ConfigureAwait(false);
    Console.WriteLine();
    Console.WriteLine(report.Markdown());
    Console.WriteLine($"Written: {Path.Combine(options.Artifacts, "results.md")} and results.json");
    var unclean = report.Measurements.Where(m => !m.Result.IsClean).ToList();
    foreach (var m in unclean)
    {
        Console.Error.WriteLine($"{m.Graph}/{m.Query} on {m.Gateway}: {m.Result.Non2xx} non-2xx, {m.Result.GraphQLErrors} responses with errors, {m.Result.SocketErrors} socket errors");
    }
    return unclean.Count == 0 ? 0 : 1;
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled; everything started was stopped.");
    return 130;
}
finally
{
    finished.Set();
}
