using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Territory.Data;
using Npgsql;

namespace Fascicolo.Subgraphs.Territory.RedZones;

/// <summary>
/// Writes a red-zone registration and its members in one transaction, after checking the building
/// and that no member is registered there yet. Any refusal rolls back: nothing is written.
/// </summary>
internal static class RedZoneRegistrar
{
    private const string UniqueViolation = "23505";
    private const string ContactKey = "red_zone_contact_pkey";

    // Locks the building's row against a concurrent change of its red-zone flag until commit.
    private const string BuildingSql = "select b.flood_red_zone_id from building b where b.id = @buildingId for share";

    private const string RegisteredSql = """
        select c.fiscal_code
        from red_zone_contact c
        where c.building_id = @buildingId and c.fiscal_code = any(@fiscalCodes)
        order by c.fiscal_code
        """;

    private const string InsertRegistrationSql = $"""
        insert into red_zone_registration as r (building_id, registrant_fiscal_code, registered_at)
        values (@buildingId, @registrant, @registeredAt)
        returning {RedZoneRegistrationRecord.Columns}
        """;

    private const string InsertContactsSql = """
        insert into red_zone_contact (building_id, fiscal_code, registration_id, position, phone)
        select @buildingId, m.fiscal_code, @registrationId, m.position, m.phone
        from unnest(@fiscalCodes, @phones) with ordinality as m(fiscal_code, phone, position)
        """;

    /// <summary>Registers the house number and its members.</summary>
    /// <exception cref="CodedError"><c>BUILDING_NOT_FOUND</c>, <c>BUILDING_NOT_IN_RED_ZONE</c> or <c>RED_ZONE_ALREADY_REGISTERED</c>.</exception>
    public static async Task<RedZoneRegistrationRecord> RegisterAsync(
        IServiceProvider services, RedZoneRegistrationRequest request, DateTime registeredAt, CancellationToken cancellationToken)
    {
        var fiscalCodes = request.Members.Select(m => m.FiscalCode).ToArray();
        await using var connection = await services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        await CheckBuildingAsync(connection, transaction, request.BuildingId, cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand(RegisteredSql, connection, transaction))
        {
            command.Parameters.AddWithValue("buildingId", request.BuildingId);
            command.Parameters.AddWithValue("fiscalCodes", fiscalCodes);
            var registered = await command.ReadAllAsync(r => r.GetString(0), cancellationToken).ConfigureAwait(false);
            if (registered.Count > 0)
            {
                throw AlreadyRegistered(request.BuildingId, registered);
            }
        }

        RedZoneRegistrationRecord registration;
        await using (var command = new NpgsqlCommand(InsertRegistrationSql, connection, transaction))
        {
            command.Parameters.AddWithValue("buildingId", request.BuildingId);
            command.Parameters.AddWithValue("registrant", request.RegistrantFiscalCode);
            command.Parameters.AddWithValue("registeredAt", registeredAt);
            registration = (await command.ReadAllAsync(r => RedZoneRegistrationRecord.Read(r), cancellationToken).ConfigureAwait(false))[0];
        }

        await using (var command = new NpgsqlCommand(InsertContactsSql, connection, transaction))
        {
            command.Parameters.AddWithValue("buildingId", request.BuildingId);
            command.Parameters.AddWithValue("registrationId", registration.Id);
            command.Parameters.AddWithValue("fiscalCodes", fiscalCodes);
            command.Parameters.AddWithValue("phones", request.Members.Select(m => m.Phone).ToArray());
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException exception) when (exception.SqlState == UniqueViolation && exception.ConstraintName == ContactKey)
            {
                // Someone registered one of these people at this building since the check above.
                throw AlreadyRegistered(request.BuildingId, fiscalCodes);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        // The returning clause ran before the members were inserted: its member list is empty.
        return registration with { MemberFiscalCodes = fiscalCodes };
    }

    private static async Task CheckBuildingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string buildingId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(BuildingSql, connection, transaction);
        command.Parameters.AddWithValue("buildingId", buildingId);
        var rows = await command.ReadAllAsync(r => r.IsDBNull(0) ? null : r.GetString(0), cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            throw new CodedError(TerritoryErrorCodes.BuildingNotFound, $"No building has the id '{buildingId}'.",
                new Dictionary<string, object?> { ["field"] = "buildingId" });
        }

        if (rows[0] is null)
        {
            throw new CodedError(TerritoryErrorCodes.BuildingNotInRedZone, $"Building '{buildingId}' is not in a flood red zone: only red-zone house numbers can be registered.",
                new Dictionary<string, object?> { ["field"] = "buildingId" });
        }
    }

    private static CodedError AlreadyRegistered(string buildingId, IReadOnlyList<string> fiscalCodes) => new(
        TerritoryErrorCodes.RedZoneAlreadyRegistered,
        $"Already registered at building '{buildingId}': {string.Join(", ", fiscalCodes)}. Nothing was registered.",
        new Dictionary<string, object?> { ["fiscalCodes"] = fiscalCodes });
}
