namespace Fascicolo.Gateway.Composition;

/// <summary>The phases of composition, run in this order; composition stops after the first phase that reports an error.</summary>
internal enum CompositionPhase
{
    /// <summary>Each subgraph on its own: field sets, directive definitions.</summary>
    ValidateSources,

    /// <summary>Across subgraphs, before merging: kinds, types, enum values and defaults must agree.</summary>
    Merge,

    /// <summary>On the merged graph: field sharing, externals, overrides, inaccessible references.</summary>
    PostMerge,

    /// <summary>Every field reachable from a root can be resolved by some subgraph.</summary>
    Satisfiability,
}
