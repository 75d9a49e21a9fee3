using Fascicolo.Gateway.Planning;

namespace Fascicolo.Gateway.Execution.Fetching;

/// <summary>One entity fetch inside a subgraph request, and where its answer is.</summary>
/// <param name="Field">
/// The response key of its <c>_entities</c> field: <c>_entities</c> when sent alone, its alias when merged
/// with others into one request.
/// </param>
/// <param name="Path">Where its objects are in the client's response.</param>
/// <param name="Fetch">The fetch.</param>
/// <param name="Targets">Its objects and the representations sent for them.</param>
internal readonly record struct EntityFetchPart(string Field, ResponsePath Path, FetchNode Fetch, EntityTargets Targets);
