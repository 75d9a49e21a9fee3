namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>The people of red-zone registrations, a batch of registrations at a time.</summary>
internal static class RedZoneContactsByRegistration
{
    private const string Sql = """
        select c.registration_id, c.fiscal_code, c.phone
        from red_zone_contact c
        where c.registration_id = any(@keys)
        order by c.registration_id, c.position
        """;

    /// <summary>The loader of <c>RedZoneRegistration.members</c>.</summary>
    public static readonly RowLoader<string, RedZoneContactRecord> Loader = new(
        Sql, r => new RedZoneContactRecord(r.GetString(0), r.GetString(1), r.GetString(2)), c => c.RegistrationId);
}
