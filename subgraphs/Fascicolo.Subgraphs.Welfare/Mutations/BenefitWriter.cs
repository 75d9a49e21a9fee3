using Fascicolo.Domain.SyntheticCity.Welfare;
using Fascicolo.Subgraphs.Welfare.Data;
using Npgsql;

namespace Fascicolo.Subgraphs.Welfare.Mutations;

/// <summary>
/// Records a benefit granted to a beneficiary. One transaction checks the case and the ISEE
/// attestation before the insert: a rejected request leaves no row behind.
/// </summary>
internal static class BenefitWriter
{
    // The case is locked so that it cannot be closed while a benefit is added to it.
    private const string CaseSql = $"select {SocialCaseRecord.Columns} from social_case c where c.id = @id for share";

    private const string AttestationSql = """
        select a.household_id, a.issued_on, a.valid_until,
               exists (select 1 from isee_member m where m.protocol = a.protocol and m.fiscal_code = @beneficiary)
        from isee_attestation a
        where a.protocol = @protocol
        """;

    private const string InsertSql = $"""
        insert into benefit as b (id, fiscal_code, household_id, social_case_id, code, name, is_periodic, is_means_tested, isee_protocol,
                                  start_date, end_date, payment_date, monthly_amount_cents, city_share_cents, user_share_cents, is_taken_in_charge, area)
        values ('BEN-' || lpad(nextval('benefit_number')::text, 7, '0'), @beneficiary, @household, @case, @code, @name, @periodic, @meansTested, @protocol,
                @start, @end, @payment, @monthly, @monthly - @userShare, @userShare, @case is not null, @area)
        returning {BenefitRecord.Columns}
        """;

    /// <summary>Records the benefit; <paramref name="type"/> is the input's validated benefit type.</summary>
    public static async Task<BenefitRecord> RecordAsync(NpgsqlDataSource dataSource, RecordWelfareBenefitInput input, BenefitType type, CancellationToken cancellationToken)
    {
        var beneficiary = input.Beneficiary.Value;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var socialCase = input.SocialCaseId is { } caseId ? await CheckCaseAsync(connection, transaction, caseId, beneficiary, cancellationToken).ConfigureAwait(false) : null;
        var iseeHousehold = input.IseeProtocol is { } protocol
            ? await CheckAttestationAsync(connection, transaction, protocol, beneficiary, input.StartDate, cancellationToken).ConfigureAwait(false)
            : null;

        await using var insert = new NpgsqlCommand(InsertSql, connection, transaction);
        insert.Parameters.AddWithValue("beneficiary", beneficiary);
        insert.Parameters.AddWithValue("household", (object?)socialCase?.HouseholdId ?? (object?)iseeHousehold ?? DBNull.Value);
        insert.Parameters.Add(new NpgsqlParameter<string?>("case", NpgsqlTypes.NpgsqlDbType.Text) { TypedValue = socialCase?.Id });
        insert.Parameters.AddWithValue("code", type.Code);
        insert.Parameters.AddWithValue("name", type.Name);
        insert.Parameters.AddWithValue("periodic", type.IsPeriodic);
        insert.Parameters.AddWithValue("meansTested", type.IsMeansTested);
        insert.Parameters.AddWithValue("protocol", (object?)input.IseeProtocol ?? DBNull.Value);
        insert.Parameters.AddWithValue("start", input.StartDate);
        insert.Parameters.AddWithValue("end", input.EndDate);
        insert.Parameters.AddWithValue("payment", input.PaymentDate);
        insert.Parameters.AddWithValue("monthly", input.MonthlyAmountCents);
        insert.Parameters.AddWithValue("userShare", input.UserShareCents);
        insert.Parameters.AddWithValue("area", (short)(input.Area ?? socialCase?.Area ?? type.Area));
        BenefitRecord recorded;
        await using (var reader = await insert.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            recorded = BenefitRecord.Read(reader);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return recorded;
    }

    private static async Task<SocialCaseRecord> CheckCaseAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string caseId, string beneficiary, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(CaseSql, connection, transaction);
        command.Parameters.AddWithValue("id", caseId);
        SocialCaseRecord? found = null;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                found = SocialCaseRecord.Read(reader);
            }
        }
        if (found is null)
        {
            throw WelfareErrors.CaseNotFound(caseId);
        }
        if (found.FiscalCode != beneficiary)
        {
            throw WelfareErrors.ForField(WelfareErrorCodes.SocialCaseOfAnotherPerson, "socialCaseId", $"Case {caseId} is not the beneficiary's case.");
        }
        if (!SocialCaseTransitions.IsOpen(found.Status))
        {
            throw WelfareErrors.ForField(WelfareErrorCodes.SocialCaseClosed, "socialCaseId", $"Case {caseId} is closed: open a new case first.");
        }
        return found;
    }

    // Returns the household the attestation was issued for.
    private static async Task<string> CheckAttestationAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string protocol, string beneficiary, DateOnly start, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(AttestationSql, connection, transaction);
        command.Parameters.AddWithValue("protocol", protocol);
        command.Parameters.AddWithValue("beneficiary", beneficiary);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            throw WelfareErrors.ForField(WelfareErrorCodes.IseeAttestationNotFound, "iseeProtocol", $"No ISEE attestation has DSU protocol '{protocol}'.");
        }
        var (household, issuedOn, validUntil, isMember) =
            (reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.GetFieldValue<DateOnly>(2), reader.GetBoolean(3));
        if (!isMember)
        {
            throw WelfareErrors.ForField(WelfareErrorCodes.IseeNotOfBeneficiary, "iseeProtocol", $"The beneficiary is not a member of the household of ISEE attestation '{protocol}'.");
        }
        if (start < issuedOn || start > validUntil)
        {
            throw WelfareErrors.ForField(
                WelfareErrorCodes.IseeNotValid, "startDate", $"The benefit must start while the ISEE attestation is valid ({issuedOn:yyyy-MM-dd} to {validUntil:yyyy-MM-dd}).");
        }
        return household;
    }
}
