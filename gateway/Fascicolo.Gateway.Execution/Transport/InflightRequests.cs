using System.Buffers;
using System.Collections.Concurrent;
using System.Net;

namespace Fascicolo.Gateway.Execution.Transport;

/// <summary>
/// Shares one subgraph call among identical query requests in flight at the same time (same caller
/// partition, same body byte for byte): the first caller sends it, the others wait and copy its response.
/// </summary>
/// <remarks>
/// Only for queries: mutations have effects, and each must reach the subgraph. Followers copy the
/// bytes into their own buffer, because every request owns and disposes its buffers independently.
/// A follower whose leader was cancelled (its client went away) sends its own request instead.
/// Requests of different callers (<see cref="ISubgraphRequestSigner.Partition"/>) never share a call:
/// the subgraph answers each caller with what that caller may see.
/// </remarks>
internal sealed class InflightRequests
{
    private readonly ConcurrentDictionary<RequestKey, Entry> _entries = new();

    public delegate Task<HttpStatusCode> Sender(ReadOnlyMemory<byte> body, PooledBufferWriter response, ISubgraphRequestSigner? signer, CancellationToken cancellationToken);

    /// <summary>Sends <paramref name="body"/> through <paramref name="send"/>, or joins an identical call of the same partition in flight.</summary>
    public async Task<HttpStatusCode> SendAsync(ReadOnlyMemory<byte> body, PooledBufferWriter response, ISubgraphRequestSigner? signer, Sender send, CancellationToken cancellationToken)
    {
        var partition = signer?.Partition ?? string.Empty;
        var lookup = new RequestKey(partition, body);
        while (true)
        {
            if (_entries.TryGetValue(lookup, out var existing) && existing.TryJoin())
            {
                try
                {
                    var shared = await existing.Result.WaitAsync(cancellationToken).ConfigureAwait(false);
                    response.Write(shared.Body);
                    return shared.Status;
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    return await send(body, response, signer, cancellationToken).ConfigureAwait(false);
                }
            }

            var owned = new RequestKey(partition, body.ToArray());
            var entry = new Entry();
            if (!_entries.TryAdd(owned, entry))
            {
                continue;
            }

            try
            {
                var status = await send(body, response, signer, cancellationToken).ConfigureAwait(false);
                _entries.TryRemove(new KeyValuePair<RequestKey, Entry>(owned, entry));
                entry.Complete(status, response);
                return status;
            }
            catch (Exception exception)
            {
                _entries.TryRemove(new KeyValuePair<RequestKey, Entry>(owned, entry));
                entry.Fail(exception);
                throw;
            }
        }
    }

    private sealed record SharedResponse(HttpStatusCode Status, byte[] Body);

    /// <summary>One call in flight and the callers waiting for it.</summary>
    private sealed class Entry
    {
        private readonly TaskCompletionSource<SharedResponse> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Lock _gate = new();
        private int _followers;
        private bool _closed;

        public Task<SharedResponse> Result => _result.Task;

        /// <summary>Registers a follower, unless the call already completed.</summary>
        public bool TryJoin()
        {
            lock (_gate)
            {
                if (_closed)
                {
                    return false;
                }

                _followers++;
                return true;
            }
        }

        public void Complete(HttpStatusCode status, PooledBufferWriter response)
        {
            byte[] body;
            lock (_gate)
            {
                _closed = true;

                // The copy is made only when someone waits: the leader's buffer is its own to dispose.
                body = _followers > 0 ? response.WrittenSpan.ToArray() : [];
            }

            _result.SetResult(new SharedResponse(status, body));
        }

        public void Fail(Exception exception)
        {
            lock (_gate)
            {
                _closed = true;
            }

            _result.SetException(exception);
        }
    }

    /// <summary>A caller partition and a request body, compared exactly (the body byte for byte).</summary>
    private readonly struct RequestKey : IEquatable<RequestKey>
    {
        private readonly string _partition;
        private readonly ReadOnlyMemory<byte> _body;
        private readonly int _hash;

        public RequestKey(string partition, ReadOnlyMemory<byte> body)
        {
            _partition = partition;
            _body = body;
            var hash = new HashCode();
            hash.Add(partition, StringComparer.Ordinal);
            hash.AddBytes(body.Span);
            _hash = hash.ToHashCode();
        }

        public bool Equals(RequestKey other) =>
            _hash == other._hash
            && string.Equals(_partition, other._partition, StringComparison.Ordinal)
            && _body.Span.SequenceEqual(other._body.Span);

        public override bool Equals(object? obj) => obj is RequestKey other && Equals(other);

        public override int GetHashCode() => _hash;
    }
}
