using Fascicolo.Gateway.BenchmarkGraph;

// dotnet Fascicolo.Gateway.BenchmarkGraph.dll --subgraph accounts|inventory|products|reviews --urls http://127.0.0.1:PORT
var app = BenchmarkSubgraphs.Build(args);
await app.StartAsync().ConfigureAwait(false);
// The benchmark harness reads this line to learn the port when it passes port 0.
Console.WriteLine($"{app.Configuration["subgraph"]} listening on {string.Join(' ', app.Urls)}");
await app.WaitForShutdownAsync().ConfigureAwait(false);
