using System.Text.Json.Nodes;

namespace Fascicolo.Gateway.Federation.Tests.Support;

/// <summary>One operation of a pattern suite.</summary>
/// <param name="Name">The case name; its expected response is <c>Expected/&lt;suite&gt;/&lt;name&gt;.json</c>.</param>
/// <param name="Query">The operation.</param>
/// <param name="MinimumRequests">
/// The fewest subgraph requests that can answer it (our gateway must make exactly these); each count
/// is explained next to the case.
/// </param>
/// <param name="Variables">The variables, if any.</param>
/// <param name="PeerNote">
/// Why Hive Gateway or Apollo Gateway answers differently from the expected response (or makes fewer
/// requests than the minimum), and what the federation spec says; null when both agree with it.
/// </param>
/// <param name="OursGap">
/// A pattern our planner does not support yet, said plainly: our gateway must then refuse the
/// operation (<c>QUERY_PLANNING_FAILED</c>) rather than answer wrongly; null when it is supported.
/// </param>
public sealed record SuiteCase(string Name, string Query, int MinimumRequests, JsonObject? Variables = null, string? PeerNote = null, string? OursGap = null);
