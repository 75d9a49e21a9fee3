namespace Fascicolo.Subgraphs.Kit;

/// <summary>Settings of the <c>/graphql</c> endpoint, bound from the configuration section <c>GraphQL</c>.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The configuration section bound to these options.</summary>
    public const string SectionName = "GraphQL";

    /// <summary>
    /// The largest accepted request body in bytes (default 1 MiB); larger bodies get 413. Our gateway's
    /// batched <c>_entities</c> requests stay far below it; it bounds what one request can make us parse.
    /// </summary>
    public int MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
