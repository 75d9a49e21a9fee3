namespace Fascicolo.Gateway.Planning;

/// <summary>
/// The operation cannot be planned against the supergraph: an unknown operation name, a field no
/// subgraph can reach, an unsupported operation kind. The message says which.
/// </summary>
public sealed class QueryPlanningException : Exception
{
    /// <summary>Creates the exception.</summary>
    public QueryPlanningException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public QueryPlanningException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public QueryPlanningException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
