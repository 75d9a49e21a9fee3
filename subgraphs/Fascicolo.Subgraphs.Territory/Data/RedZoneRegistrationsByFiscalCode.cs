namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>The red-zone registrations a citizen made or is registered in, a batch of citizens at a time.</summary>
internal static class RedZoneRegistrationsByFiscalCode
{
    private const string Sql = $"""
        select k.fiscal_code, {RedZoneRegistrationRecord.Columns}
        from (
            select c.fiscal_code, c.registration_id from red_zone_contact c where c.fiscal_code = any(@keys)
            union
            select r.registrant_fiscal_code, r.id from red_zone_registration r where r.registrant_fiscal_code = any(@keys)
        ) k
        join red_zone_registration r on r.id = k.registration_id
        order by k.fiscal_code, r.registered_at desc, r.id
        """;

    /// <summary>The loader of <c>Citizen.redZoneRegistrations</c>.</summary>
    public static readonly RowLoader<string, Keyed<RedZoneRegistrationRecord>> Loader = new(
        Sql, r => new Keyed<RedZoneRegistrationRecord>(r.GetString(0), RedZoneRegistrationRecord.Read(r, 1)), k => k.Key);
}
