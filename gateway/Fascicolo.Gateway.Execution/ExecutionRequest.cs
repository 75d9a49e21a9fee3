using System.Text.Json;

namespace Fascicolo.Gateway.Execution;

/// <summary>What one client request brings to the execution of a plan.</summary>
/// <param name="Variables">The client's variables object, forwarded to subgraphs by name.</param>
/// <param name="Introspection">
/// The values of the operation's root introspection fields (<c>__schema</c>, <c>__type</c>) by response
/// key, answered by the host from the API schema; null when the operation has none.
/// </param>
public sealed record ExecutionRequest(JsonElement? Variables, JsonElement? Introspection = null);
