namespace Fascicolo.Audit.Store;

/// <summary>The first place the chain breaks.</summary>
/// <param name="Seq">The seq of the first entry that does not verify.</param>
/// <param name="Kind">Why.</param>
/// <param name="Detail">A sentence for the operator.</param>
public sealed record ChainBreak(long Seq, ChainBreakKind Kind, string Detail);
