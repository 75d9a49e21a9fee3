using Fascicolo.Domain.Payments.Positions;
using Npgsql;

namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>
/// Reads positions together with their options: one joined statement, one row per option, ordered
/// by position and ordinal, grouped back into <see cref="PositionRecord"/>s here.
/// </summary>
internal static class PositionRows
{
    /// <summary>The select list and join; callers add a <c>where</c> on <c>p</c> or <c>o</c> and the <see cref="OrderBy"/>.</summary>
    public const string SelectFrom = """
        select p.iupd, p.service, p.organization_fiscal_code, p.company_name, p.office_name, p.debtor_type,
               p.debtor_fiscal_code, p.debtor_full_name, p.description, p.publish_date, p.validity_date,
               p.switch_to_expired, p.status, p.payment_date, p.last_updated_date,
               o.iuv, o.ordinal, o.organization_fiscal_code, o.amount_cents, o.description, o.due_date,
               o.is_partial_payment, o.status, o.payment_date, o.last_updated_date
        from payment_position p
        join payment_option o on o.iupd = p.iupd
        """;

    /// <summary>The order <see cref="ReadAsync"/> needs: a position's options next to each other, by ordinal.</summary>
    public const string OrderBy = "order by p.iupd, o.ordinal";

    /// <summary>Runs the command and groups its rows into positions.</summary>
    public static async Task<List<PositionRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var positions = new List<PositionRecord>();
        PositionRecord? current = null;
        List<OptionRecord>? options = null;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var iupd = reader.GetString(0);
            if (current is null || current.Iupd != iupd)
            {
                options = [];
                current = ReadPosition(reader, options);
                positions.Add(current);
            }

            options!.Add(ReadOption(reader, iupd));
        }

        return positions;
    }

    private static PositionRecord ReadPosition(NpgsqlDataReader reader, IReadOnlyList<OptionRecord> options) => new(
        reader.GetString(0),
        StoredCodes.ParseService(reader.GetString(1)),
        reader.GetString(2),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        GpdCodes.ParseDebtorType(reader.GetString(5)),
        reader.GetString(6),
        reader.GetString(7),
        reader.GetString(8),
        reader.IsDBNull(9) ? null : reader.GetFieldValue<DateOnly>(9),
        reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10),
        reader.GetBoolean(11),
        GpdCodes.ParseDebtPositionStatus(reader.GetString(12)),
        reader.IsDBNull(13) ? null : reader.GetDateTime(13),
        reader.GetDateTime(14),
        options);

    private static OptionRecord ReadOption(NpgsqlDataReader reader, string iupd) => new(
        reader.GetString(15),
        iupd,
        reader.GetInt16(16),
        reader.GetString(17),
        reader.GetInt64(18),
        reader.GetString(19),
        reader.GetFieldValue<DateOnly>(20),
        reader.GetBoolean(21),
        GpdCodes.ParsePaymentOptionStatus(reader.GetString(22)),
        reader.IsDBNull(23) ? null : reader.GetDateTime(23),
        reader.GetDateTime(24));
}
