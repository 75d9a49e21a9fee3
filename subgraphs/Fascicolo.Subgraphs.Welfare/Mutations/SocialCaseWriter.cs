using Fascicolo.Domain.SyntheticCity.Welfare;
using Fascicolo.Subgraphs.Welfare.Data;
using Npgsql;

namespace Fascicolo.Subgraphs.Welfare.Mutations;

/// <summary>
/// Opens social cases and changes their status. Each call is one transaction that checks everything
/// before it writes: a rejected request leaves no row behind.
/// </summary>
internal static class SocialCaseWriter
{
    private const string OfficeExistsSql = "select exists (select 1 from social_office o where o.code = @office)";

    // One writer at a time per person, so two operators cannot open the same case twice.
    private const string LockPersonSql = "select pg_advisory_xact_lock(hashtext(@person))";

    private const string OpenInAreaSql = """
        select c.id from social_case c
        where c.fiscal_code = @person and c.area = @area and c.status <> 5
        limit 1
        """;

    private const string InsertCaseSql = $"""
        insert into social_case as c (id, fiscal_code, household_id, office_code, social_worker, area, status, opened_on, status_since, closed_on)
        values ('SC-' || lpad(nextval('social_case_number')::text, 7, '0'), @person, @household, @office, @worker, @area, 1, @openedOn, @openedOn, null)
        returning {SocialCaseRecord.Columns}
        """;

    private const string LockCaseSql = $"select {SocialCaseRecord.Columns} from social_case c where c.id = @id for update";

    private const string UpdateStatusSql = $"""
        update social_case as c
        set status = @status, status_since = @on, closed_on = case when @status = 5 then @on end
        where c.id = @id
        returning {SocialCaseRecord.Columns}
        """;

    private const string AppendEventSql = """
        insert into social_case_event (case_id, position, occurred_on, status, note)
        select @id, coalesce(max(e.position), 0) + 1, @on, @status, @note
        from social_case_event e
        where e.case_id = @id
        """;

    /// <summary>Opens a case in status <c>REQUESTED</c> with its first history entry.</summary>
    public static async Task<SocialCaseRecord> OpenAsync(
        NpgsqlDataSource dataSource, OpenSocialCaseInput input, string socialWorker, string note, CancellationToken cancellationToken)
    {
        var person = input.Person.Value;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ScalarAsync<object>(connection, transaction, LockPersonSql, cancellationToken, ("person", person)).ConfigureAwait(false);
        if (!await ScalarAsync<bool>(connection, transaction, OfficeExistsSql, cancellationToken, ("office", input.OfficeCode)).ConfigureAwait(false))
        {
            throw WelfareErrors.OfficeNotFound(input.OfficeCode);
        }
        if (await ScalarAsync<string>(connection, transaction, OpenInAreaSql, cancellationToken, ("person", person), ("area", (short)input.Area)).ConfigureAwait(false) is { } open)
        {
            throw WelfareErrors.AlreadyOpen(person, open);
        }

        SocialCaseRecord opened;
        await using (var insert = new NpgsqlCommand(InsertCaseSql, connection, transaction))
        {
            insert.Parameters.AddWithValue("person", person);
            insert.Parameters.AddWithValue("household", (object?)input.HouseholdId ?? DBNull.Value);
            insert.Parameters.AddWithValue("office", input.OfficeCode);
            insert.Parameters.AddWithValue("worker", socialWorker);
            insert.Parameters.AddWithValue("area", (short)input.Area);
            insert.Parameters.AddWithValue("openedOn", input.OpenedOn);
            opened = await ReadOneAsync(insert, cancellationToken).ConfigureAwait(false);
        }
        await AppendEventAsync(connection, transaction, opened.Id, input.OpenedOn, SocialCaseStatus.Requested, note, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return opened;
    }

    /// <summary>Moves a case to a new status (if its life cycle allows it) and appends the history entry.</summary>
    public static async Task<SocialCaseRecord> ChangeStatusAsync(
        NpgsqlDataSource dataSource, ChangeSocialCaseStatusInput input, string note, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        SocialCaseRecord current;
        await using (var select = new NpgsqlCommand(LockCaseSql, connection, transaction))
        {
            select.Parameters.AddWithValue("id", input.CaseId);
            current = await ReadOptionalAsync(select, cancellationToken).ConfigureAwait(false) ?? throw WelfareErrors.CaseNotFound(input.CaseId);
        }
        if (!SocialCaseTransitions.IsAllowed(current.Status, input.Status))
        {
            throw WelfareErrors.InvalidTransition(current.Id, current.Status, input.Status);
        }
        if (input.OccurredOn < current.StatusSince)
        {
            throw WelfareErrors.WithReason(
                WelfareErrorCodes.InvalidDate, "BEFORE_LAST_CHANGE", $"'occurredOn' must not be before the case's last change ({current.StatusSince:yyyy-MM-dd}).");
        }

        SocialCaseRecord changed;
        await using (var update = new NpgsqlCommand(UpdateStatusSql, connection, transaction))
        {
            update.Parameters.AddWithValue("id", input.CaseId);
            update.Parameters.AddWithValue("status", (short)input.Status);
            update.Parameters.AddWithValue("on", input.OccurredOn);
            changed = await ReadOneAsync(update, cancellationToken).ConfigureAwait(false);
        }
        await AppendEventAsync(connection, transaction, input.CaseId, input.OccurredOn, input.Status, note, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    private static async Task AppendEventAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string caseId, DateOnly on, SocialCaseStatus status, string note, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(AppendEventSql, connection, transaction);
        command.Parameters.AddWithValue("id", caseId);
        command.Parameters.AddWithValue("on", on);
        command.Parameters.AddWithValue("status", (short)status);
        command.Parameters.AddWithValue("note", note);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<SocialCaseRecord> ReadOneAsync(NpgsqlCommand command, CancellationToken cancellationToken) =>
        await ReadOptionalAsync(command, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException("The statement returned no row.");

    private static async Task<SocialCaseRecord?> ReadOptionalAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? SocialCaseRecord.Read(reader) : null;
    }

    private static async Task<T?> ScalarAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return result is null or DBNull ? default : (T)result;
    }
}
