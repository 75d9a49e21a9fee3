namespace Fascicolo.Gateway.Composition;

/// <summary>The codes of <see cref="SupergraphReadException"/>.</summary>
public static class SupergraphReadErrorCodes
{
    /// <summary>The text is not valid GraphQL SDL.</summary>
    public const string SyntaxError = "SUPERGRAPH_SYNTAX_ERROR";

    /// <summary>Something else makes it no valid supergraph.</summary>
    public const string InvalidSupergraph = "SUPERGRAPH_INVALID";

    /// <summary>The schema does not <c>@link</c> (or <c>@core</c>) a supported join spec (v0.2 to v0.5).</summary>
    public const string UnsupportedJoinSpec = "SUPERGRAPH_UNSUPPORTED_JOIN_SPEC";

    /// <summary>The <c>join__Graph</c> enum is missing, or a value lacks its <c>@join__graph</c>.</summary>
    public const string InvalidGraphEnum = "SUPERGRAPH_INVALID_GRAPH_ENUM";

    /// <summary>A join directive names a graph that <c>join__Graph</c> does not have.</summary>
    public const string UnknownGraph = "SUPERGRAPH_UNKNOWN_GRAPH";

    /// <summary>A <c>key</c>, <c>requires</c> or <c>provides</c> field set does not parse.</summary>
    public const string InvalidFieldSet = "SUPERGRAPH_INVALID_FIELD_SET";

    /// <summary>A type is referenced but not defined, or defined twice.</summary>
    public const string InvalidType = "SUPERGRAPH_INVALID_TYPE";

    /// <summary>The query root type is missing.</summary>
    public const string MissingQueryType = "SUPERGRAPH_MISSING_QUERY_TYPE";
}
