namespace Fascicolo.Gateway.Execution.Fetching;

/// <summary>
/// The extensions of the errors the gateway writes when a subgraph request fails: the code clients see,
/// and the more specific reason beside it.
/// </summary>
internal static class FetchFailure
{
    /// <summary>
    /// The <c>extensions.code</c> of every failed subgraph request: the code Apollo Gateway and Hive Gateway
    /// both give, so clients written for either read ours the same way.
    /// </summary>
    public const string Code = "INTERNAL_SERVER_ERROR";

    /// <summary>
    /// The <c>extensions.code</c> of an error a subgraph returned without a code of its own: the code
    /// Apollo Gateway and Hive Gateway both give (the federation pattern suites' <c>errors</c> suite).
    /// </summary>
    public const string SubgraphErrorCode = "DOWNSTREAM_SERVICE_ERROR";

    /// <summary><c>extensions.reason</c>: the subgraph could not be reached or answered with an HTTP error and no GraphQL body.</summary>
    public const string RequestFailed = "SUBGRAPH_REQUEST_FAILED";

    /// <summary><c>extensions.reason</c>: the subgraph did not answer within its timeout.</summary>
    public const string Timeout = "SUBGRAPH_TIMEOUT";

    /// <summary><c>extensions.reason</c>: the subgraph answered with something that is not a GraphQL response.</summary>
    public const string InvalidResponse = "SUBGRAPH_INVALID_RESPONSE";
}
