using Npgsql;

namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>A row of <c>red_zone_registration</c>: a house number in a red zone registered for alerts.</summary>
/// <param name="Id">The registration id, e.g. <c>RZR-00000001</c>.</param>
/// <param name="BuildingId">The building (house number) registered.</param>
/// <param name="RegistrantFiscalCode">Who registered it.</param>
/// <param name="RegisteredAt">When (UTC).</param>
internal sealed record RedZoneRegistrationRecord(string Id, string BuildingId, string RegistrantFiscalCode, DateTime RegisteredAt)
{
    /// <summary>The select list <see cref="Read"/> expects, for <c>red_zone_registration r</c>.</summary>
    public const string Columns = "r.id, r.building_id, r.registrant_fiscal_code, r.registered_at";

    /// <summary>Reads <see cref="Columns"/> starting at column <paramref name="first"/>.</summary>
    public static RedZoneRegistrationRecord Read(NpgsqlDataReader reader, int first = 0) => new(
        reader.GetString(first),
        reader.GetString(first + 1),
        reader.GetString(first + 2),
        reader.GetDateTime(first + 3));
}
