namespace Fascicolo.Subgraphs.Welfare.Data;

/// <summary>ISEE attestations by member, by household and by DSU protocol, a batch at a time; newest first.</summary>
internal static class IseeAttestations
{
    /// <summary>The attestations whose ISEE household includes a person: <c>SocialFolder.iseeAttestations</c> and <c>latestIsee</c>.</summary>
    public static readonly ReaderBatchLoader<IseeAttestationRecord> ByMember = new(
        $"""
        select m.fiscal_code, {IseeAttestationRecord.Columns}
        from isee_member m
        join isee_attestation a on a.protocol = m.protocol
        where m.fiscal_code = any(@keys)
        order by m.fiscal_code, {IseeAttestationRecord.Order}
        """,
        IseeAttestationRecord.Read,
        a => a.Key);

    /// <summary>A household's attestations: <c>HouseholdSocialFolder.iseeAttestations</c> and <c>latestIsee</c>.</summary>
    public static readonly ReaderBatchLoader<IseeAttestationRecord> ByHousehold = new(
        $"""
        select a.household_id, {IseeAttestationRecord.Columns}
        from isee_attestation a
        where a.household_id = any(@keys)
        order by a.household_id, {IseeAttestationRecord.Order}
        """,
        IseeAttestationRecord.Read,
        a => a.Key);

    /// <summary>Attestations by DSU protocol: <c>Query.iseeAttestation</c>, <c>WelfareBenefit.iseeAttestation</c>.</summary>
    public static readonly ReaderBatchLoader<IseeAttestationRecord> ByProtocol = new(
        $"select a.protocol, {IseeAttestationRecord.Columns} from isee_attestation a where a.protocol = any(@keys)",
        IseeAttestationRecord.Read,
        a => a.Key);
}
