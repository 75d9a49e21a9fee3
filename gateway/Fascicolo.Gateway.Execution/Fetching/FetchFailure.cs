namespace Fascicolo.Gateway.Execution.Fetching;

/// <summary>The codes of the errors the gateway writes when a subgraph request fails.</summary>
internal static class FetchFailure
{
    /// <summary>The subgraph could not be reached or answered with an HTTP error and no GraphQL body.</summary>
    public const string RequestFailed = "SUBGRAPH_REQUEST_FAILED";

    /// <summary>The subgraph did not answer within its timeout.</summary>
    public const string Timeout = "SUBGRAPH_TIMEOUT";

    /// <summary>The subgraph answered with something that is not a GraphQL response.</summary>
    public const string InvalidResponse = "SUBGRAPH_INVALID_RESPONSE";
}
