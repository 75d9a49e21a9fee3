namespace Fascicolo.Gateway.Benchmarks.Load;

/// <summary>One constant-concurrency load run against one gateway, as wrk measured it.</summary>
/// <param name="Requests">Completed requests.</param>
/// <param name="Seconds">Measured duration.</param>
/// <param name="Non2xx">Responses with a status outside 200–299.</param>
/// <param name="GraphQLErrors">200 responses whose body carries <c>errors</c>.</param>
/// <param name="SocketErrors">Connect, read, write errors and timeouts.</param>
/// <param name="P50Ms">Median latency, milliseconds.</param>
/// <param name="P95Ms">95th percentile latency, milliseconds.</param>
/// <param name="P99Ms">99th percentile latency, milliseconds.</param>
/// <param name="Bytes">Bytes received.</param>
/// <param name="BadSample">The start of the first bad answer (status and body), or empty.</param>
public sealed record LoadResult(long Requests, double Seconds, long Non2xx, long GraphQLErrors, long SocketErrors, double P50Ms, double P95Ms, double P99Ms, long Bytes, string BadSample)
{
    /// <summary>Completed requests per second.</summary>
    public double RequestsPerSecond => Seconds > 0 ? Requests / Seconds : 0;

    /// <summary>Whether every response was a 200 without <c>errors</c> and no socket failed.</summary>
    public bool IsClean => Non2xx == 0 && GraphQLErrors == 0 && SocketErrors == 0 && Requests > 0;
}
