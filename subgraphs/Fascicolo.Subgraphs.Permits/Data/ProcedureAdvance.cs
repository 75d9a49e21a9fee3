using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Permits.Data;

/// <summary>
/// Takes one step of a procedure's workflow, in one transaction: read the procedure, check the
/// version the operator saw and the transition against <see cref="ProcedureWorkflow"/>, then update
/// it only if it is still at that version and append the step. When two operators advance the same
/// version at once, PostgreSQL makes the second update wait for the first and re-check its
/// <c>version = @expected</c> condition, which no longer holds: it changes nothing, and the second
/// operator gets <c>VERSION_CONFLICT</c>. Every rejection rolls back, so nothing is ever written.
/// </summary>
internal static class ProcedureAdvance
{
    private const string ReadSql = """
        select p.kind, p.state, p.version, p.term_started_on, p.integration_requested_on
        from procedure p
        where p.id = @id
        """;

    private const string UpdateSql = $"""
        update procedure
        set state = @state,
            version = version + 1,
            term_started_on = @termStartedOn,
            integration_requested_on = @integrationRequestedOn,
            concluded_at = case when @concluded then @at else concluded_at end
        where id = @id and version = @expectedVersion
        returning {ProcedureRecord.ReturningColumns}
        """;

    private const string InsertStepSql = """
        insert into procedure_step (procedure_id, sequence, state, transition, at, actor, note)
        values (@id, @sequence, @state, @transition, @at, @actor, @note)
        """;

    /// <summary>Applies <paramref name="request"/> at <paramref name="at"/> (today in Italy is <paramref name="today"/>).</summary>
    /// <returns>The procedure after the step, and the step.</returns>
    /// <exception cref="CodedError"><c>PROCEDURE_NOT_FOUND</c>, <c>VERSION_CONFLICT</c> or <c>INVALID_TRANSITION</c>.</exception>
    public static async Task<(ProcedureRecord Procedure, ProcedureStepRecord Step)> AdvanceAsync(
        IServiceProvider services, AdvanceRequest request, DateTimeOffset at, DateOnly today, CancellationToken cancellationToken)
    {
        await using var connection = await services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        var (state, version, terms) = await ReadAsync(connection, transaction, request.ProcedureId, cancellationToken).ConfigureAwait(false)
            ?? throw AdvanceErrors.NotFound(request.ProcedureId);
        if (version != request.ExpectedVersion)
        {
            throw AdvanceErrors.Conflict(request, version);
        }
        if (!ProcedureWorkflow.TryAdvance(state, request.Transition, out var next))
        {
            throw AdvanceErrors.InvalidTransition(request, state);
        }

        var nextTerms = terms.After(request.Transition, today);
        var procedure = await UpdateAsync(connection, transaction, request, next, nextTerms, at, cancellationToken).ConfigureAwait(false)
            ?? throw AdvanceErrors.Conflict(request, null);
        var step = new ProcedureStepRecord(request.ProcedureId, procedure.Version, next, request.Transition, at, request.Operator, request.Note);
        await InsertStepAsync(connection, transaction, step, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (procedure, step);
    }

    private static async Task<(ProcedureState State, int Version, ProcedureTerms Terms)?> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(ReadSql, connection, transaction);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }
        var terms = new ProcedureTerms(reader.GetFieldValue<DateOnly>(3), reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4));
        return ((ProcedureState)reader.GetInt16(1), reader.GetInt32(2), terms);
    }

    private static async Task<ProcedureRecord?> UpdateAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, AdvanceRequest request, ProcedureState next, ProcedureTerms terms, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(UpdateSql, connection, transaction);
        command.Parameters.AddWithValue("id", request.ProcedureId);
        command.Parameters.AddWithValue("expectedVersion", request.ExpectedVersion);
        command.Parameters.AddWithValue("state", (short)next);
        command.Parameters.AddWithValue("termStartedOn", terms.TermStartedOn);
        command.Parameters.Add(new NpgsqlParameter<DateOnly?>("integrationRequestedOn", NpgsqlTypes.NpgsqlDbType.Date) { TypedValue = terms.IntegrationRequestedOn });
        command.Parameters.AddWithValue("concluded", ProcedureWorkflow.IsConcluded(next));
        command.Parameters.AddWithValue("at", at);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ProcedureRecord.Read(reader) : null;
    }

    private static async Task InsertStepAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ProcedureStepRecord step, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(InsertStepSql, connection, transaction);
        command.Parameters.AddWithValue("id", step.ProcedureId);
        command.Parameters.AddWithValue("sequence", step.Sequence);
        command.Parameters.AddWithValue("state", (short)step.State);
        command.Parameters.AddWithValue("transition", (short)step.Transition!.Value);
        command.Parameters.AddWithValue("at", step.At);
        command.Parameters.AddWithValue("actor", step.Actor);
        command.Parameters.Add(new NpgsqlParameter<string?>("note", NpgsqlTypes.NpgsqlDbType.Text) { TypedValue = step.Note });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
