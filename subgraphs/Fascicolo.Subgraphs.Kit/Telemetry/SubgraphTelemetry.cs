using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphQL;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// The kit's own traces and metrics: one Activity per GraphQL operation (named like the OpenTelemetry
/// GraphQL conventions, <c>query GetCitizen</c>) and a request counter and duration histogram per operation.
/// </summary>
public static class SubgraphTelemetry
{
    /// <summary>The name of the kit's <see cref="ActivitySource"/> and <see cref="Meter"/>.</summary>
    public const string Name = "Fascicolo.Subgraphs.Kit";

    private static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> Requests = Meter.CreateCounter<long>(
        "fascicolo.graphql.requests", "{request}", "GraphQL operations handled, per operation and outcome.");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "fascicolo.graphql.request.duration", "s", "Time to parse, validate and execute a GraphQL operation.");

    /// <summary>Starts measuring one operation; dispose the result when it is done.</summary>
    internal static OperationMeasurement StartOperation(string? operationName, string? operationType)
    {
        var name = operationName ?? "anonymous";
        var type = operationType ?? "unknown";
        var activity = Source.StartActivity($"{type} {name}", ActivityKind.Internal);
        activity?.SetTag("graphql.operation.name", name);
        activity?.SetTag("graphql.operation.type", type);
        return new OperationMeasurement(activity, name, type);
    }

    /// <summary>One operation being measured: records the outcome on the span and in the metrics.</summary>
    internal sealed class OperationMeasurement(Activity? activity, string name, string type) : IDisposable
    {
        private readonly long _started = Stopwatch.GetTimestamp();
        private string _outcome = "failed";

        /// <summary>Records how the operation ended: ok, field errors (partial) or not executed (rejected).</summary>
        public void Complete(ExecutionResult result)
        {
            var errors = result.Errors?.Count ?? 0;
            _outcome = errors == 0 ? "ok" : result.Executed ? "partial" : "rejected";
            activity?.SetTag("graphql.errors", errors);
            if (errors > 0)
            {
                activity?.SetStatus(ActivityStatusCode.Error, _outcome);
            }
        }

        /// <summary>Records that the client went away before the operation finished.</summary>
        public void Cancelled() => _outcome = "cancelled";

        /// <inheritdoc/>
        public void Dispose()
        {
            var tags = new TagList { { "graphql.operation.name", name }, { "graphql.operation.type", type }, { "outcome", _outcome } };
            Requests.Add(1, tags);
            Duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
            activity?.Dispose();
        }
    }
}
