using System.Text.Json;
using Fascicolo.Gateway.Execution.Transport;

namespace Fascicolo.Gateway.Execution;

/// <summary>What one client request brings to the execution of a plan.</summary>
/// <param name="Variables">The client's variables object, forwarded to subgraphs by name.</param>
/// <param name="Introspection">
/// The values of the operation's root introspection fields (<c>__schema</c>, <c>__type</c>) by response
/// key, answered by the host from the API schema; null when the operation has none.
/// </param>
/// <param name="Signer">Adds the caller's credentials to every subgraph request; null sends none.</param>
public sealed record ExecutionRequest(JsonElement? Variables, JsonElement? Introspection = null, ISubgraphRequestSigner? Signer = null);
