namespace Fascicolo.Audit.Store;

/// <summary>The outcome of <see cref="AccessLogVerifier.VerifyAsync"/>.</summary>
/// <param name="EntriesChecked">How many entries verified before the break (all of them when valid).</param>
/// <param name="Head">The last verified entry's seq and hash (hex), or null for an empty log. Deleting the
/// newest entries leaves a valid, shorter chain: compare the head with one recorded elsewhere to notice that.</param>
/// <param name="Break">The first break, or null when the chain is valid.</param>
public sealed record ChainVerification(long EntriesChecked, ChainHead? Head, ChainBreak? Break)
{
    /// <summary>Whether every entry verified.</summary>
    public bool IsValid => Break is null;
}

/// <summary>A position in the chain.</summary>
/// <param name="Seq">The entry's seq.</param>
/// <param name="Hash">The entry's hash, lower-case hex.</param>
public sealed record ChainHead(long Seq, string Hash);
