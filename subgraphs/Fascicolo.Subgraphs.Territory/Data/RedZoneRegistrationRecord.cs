using Npgsql;

namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>A row of <c>red_zone_registration</c>: a house number in a red zone registered for alerts.</summary>
/// <param name="Id">The registration id, e.g. <c>RZR-00000001</c>.</param>
/// <param name="BuildingId">The building (house number) registered.</param>
/// <param name="RegistrantFiscalCode">Who registered it.</param>
/// <param name="RegisteredAt">When (UTC).</param>
/// <param name="MemberFiscalCodes">
/// The people registered, read with the registration (a correlated array in the same statement) so that the
/// access check knows whose data it holds without one more statement per registration.
/// </param>
internal sealed record RedZoneRegistrationRecord(string Id, string BuildingId, string RegistrantFiscalCode, DateTime RegisteredAt, IReadOnlyList<string> MemberFiscalCodes)
{
    /// <summary>The select list <see cref="Read"/> expects, for <c>red_zone_registration r</c>.</summary>
    public const string Columns =
        "r.id, r.building_id, r.registrant_fiscal_code, r.registered_at, " +
        "array(select c.fiscal_code from red_zone_contact c where c.registration_id = r.id order by c.position)";

    /// <summary>Whose data the registration holds: the registrant and every member, each once.</summary>
    public IReadOnlyCollection<string> Subjects => [.. MemberFiscalCodes.Append(RegistrantFiscalCode).Distinct(StringComparer.Ordinal)];

    /// <summary>Reads <see cref="Columns"/> starting at column <paramref name="first"/>.</summary>
    public static RedZoneRegistrationRecord Read(NpgsqlDataReader reader, int first = 0) => new(
        reader.GetString(first),
        reader.GetString(first + 1),
        reader.GetString(first + 2),
        reader.GetDateTime(first + 3),
        reader.GetFieldValue<string[]>(first + 4));
}
