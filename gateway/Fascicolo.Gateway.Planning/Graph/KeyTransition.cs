using Fascicolo.Gateway.Planning.Operations;

namespace Fascicolo.Gateway.Planning.Graph;

/// <summary>
/// An edge of the query graph into an entity type of one subgraph: an <c>_entities</c> fetch whose
/// representations carry <c>__typename</c> and the fields of <see cref="Key"/>, read from objects
/// another subgraph already fetched.
/// </summary>
/// <param name="TypeName">The entity type.</param>
/// <param name="Subgraph">The subgraph entered.</param>
/// <param name="Key">The key's fields, normalized.</param>
/// <param name="Text">The key as written in the schema (for messages).</param>
internal sealed record KeyTransition(string TypeName, string Subgraph, OpSelectionSet Key, string Text);
