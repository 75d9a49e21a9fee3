namespace Fascicolo.Audit.Store;

/// <summary>Why the chain is broken at an entry.</summary>
public enum ChainBreakKind
{
    /// <summary>The seq is not the previous one plus one (or the first is not 1): entries were deleted or inserted out of order.</summary>
    SeqGap,

    /// <summary>The entry's previous hash is not the previous entry's hash: the previous entry was replaced or rehashed.</summary>
    PrevHashMismatch,

    /// <summary>The entry's content does not hash to its stored hash: the entry was changed.</summary>
    HashMismatch,

    /// <summary>The entry was hashed with an encoding version this build does not know.</summary>
    UnknownVersion,
}
