using System.Text.Json;

namespace Fascicolo.Gateway.Execution.Results;

/// <summary>The errors of one request: subgraph errors with their paths rewritten, and the gateway's own.</summary>
internal sealed class ExecutionErrors
{
    private readonly List<ExecutionError> _errors = [];
    private readonly Lock _gate = new();

    /// <summary>True when any error was recorded.</summary>
    public bool Any => _errors.Count > 0;

    /// <summary>The recorded errors.</summary>
    public IReadOnlyList<ExecutionError> All => _errors;

    /// <summary>Records an error.</summary>
    public void Add(ExecutionError error)
    {
        lock (_gate)
        {
            _errors.Add(error);
        }
    }

    /// <summary>True when an error was recorded at <paramref name="path"/> or below it.</summary>
    public bool HasErrorAtOrBelow(IReadOnlyList<object> path)
    {
        lock (_gate)
        {
            return _errors.Exists(error => error.Path is { } errorPath && StartsWith(errorPath, path));
        }
    }

    private static bool StartsWith(IReadOnlyList<object> path, IReadOnlyList<object> prefix)
    {
        if (path.Count < prefix.Count)
        {
            return false;
        }

        for (var i = 0; i < prefix.Count; i++)
        {
            if (!Equals(path[i], prefix[i]))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>One error of the response.</summary>
/// <param name="Message">The message.</param>
/// <param name="Path">Response path (strings and list indices), or null.</param>
/// <param name="SubgraphExtensions">The subgraph's own <c>extensions</c> object, copied as is.</param>
/// <param name="Code">The code written into <c>extensions.code</c> when the subgraph gave none.</param>
/// <param name="ServiceName">The subgraph it came from, written as <c>extensions.serviceName</c>.</param>
internal sealed record ExecutionError(string Message, IReadOnlyList<object>? Path, JsonElement? SubgraphExtensions, string? Code, string? ServiceName)
{
    /// <summary>
    /// Written as <c>extensions.reason</c> when set: why the gateway failed a fetch (<c>SUBGRAPH_TIMEOUT</c>, …),
    /// more specific than the code, which is the one the reference gateways use.
    /// </summary>
    public string? Reason { get; init; }

    /// <summary>Writes the error as a GraphQL error object.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("message", Message);
        if (Path is not null)
        {
            writer.WriteStartArray("path");
            foreach (var segment in Path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue((string)segment);
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteStartObject("extensions");
        var hasCode = false;
        if (SubgraphExtensions is { ValueKind: JsonValueKind.Object } extensions)
        {
            foreach (var property in extensions.EnumerateObject())
            {
                if (property.NameEquals("serviceName"))
                {
                    continue;
                }

                hasCode |= property.NameEquals("code");
                property.WriteTo(writer);
            }
        }

        if (!hasCode && Code is not null)
        {
            writer.WriteString("code", Code);
        }

        if (Reason is not null)
        {
            writer.WriteString("reason", Reason);
        }

        if (ServiceName is not null)
        {
            writer.WriteString("serviceName", ServiceName);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
