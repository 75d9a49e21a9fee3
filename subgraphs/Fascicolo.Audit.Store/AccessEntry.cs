namespace Fascicolo.Audit.Store;

/// <summary>One stored entry of the access log.</summary>
/// <param name="Seq">Its position in the hash chain, from 1, without gaps; later entries have larger values.</param>
/// <param name="Record">What was read, by whom, when and why.</param>
public sealed record AccessEntry(long Seq, AccessRecord Record);
