using System.Collections.Concurrent;

namespace Fascicolo.Gateway.BenchmarkGraph.Http;

/// <summary>
/// Response bodies by exact request body. The data never changes, so a request body always gets the
/// same answer: remembering it takes GraphQL.NET's parsing, validation and execution (which would
/// otherwise use most of the machine under benchmark load) out of what is measured. Every gateway
/// meets the same memo, so none is favoured. Bounded, since the bodies a gateway sends are few.
/// </summary>
/// <param name="enabled">False to execute every request (to measure the subgraphs themselves).</param>
internal sealed class ResponseMemo(bool enabled)
{
    /// <summary>At most this many bodies are remembered; later ones are executed each time.</summary>
    private const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, byte[]> _responses = new(StringComparer.Ordinal);
    private long _hits;
    private long _misses;

    /// <summary>How many requests were answered from memory, how many executed, and the remembered requests with their sizes.</summary>
    public object Statistics => new
    {
        hits = Interlocked.Read(ref _hits),
        misses = Interlocked.Read(ref _misses),
        entries = _responses.Select(e => new { requestChars = e.Key.Length, responseBytes = e.Value.Length }).ToList(),
    };

    /// <summary>Finds the response remembered for <paramref name="requestBody"/>.</summary>
    /// <param name="requestBody">The exact request body.</param>
    /// <param name="response">The response body, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGet(string requestBody, out byte[] response)
    {
        if (enabled && _responses.TryGetValue(requestBody, out var found))
        {
            Interlocked.Increment(ref _hits);
            response = found;
            return true;
        }
        Interlocked.Increment(ref _misses);
        response = [];
        return false;
    }

    /// <summary>Remembers <paramref name="response"/> for <paramref name="requestBody"/> while there is room.</summary>
    /// <param name="requestBody">The exact request body.</param>
    /// <param name="response">The response body.</param>
    public void Remember(string requestBody, byte[] response)
    {
        if (enabled && _responses.Count < Capacity)
        {
            _responses.TryAdd(requestBody, response);
        }
    }
}
