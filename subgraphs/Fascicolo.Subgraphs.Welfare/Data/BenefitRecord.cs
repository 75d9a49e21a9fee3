using Fascicolo.Domain.SyntheticCity.Welfare;
using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Welfare.Data;

/// <summary>A row of <c>benefit</c>: the SIUSS benefit record. See <see cref="WelfareBenefit"/> for each field.</summary>
internal sealed record BenefitRecord(
    string Id,
    string FiscalCode,
    string? HouseholdId,
    string? SocialCaseId,
    string Code,
    string Name,
    bool IsPeriodic,
    bool IsMeansTested,
    string? IseeProtocol,
    DateOnly StartDate,
    DateOnly EndDate,
    DateOnly PaymentDate,
    Money MonthlyAmount,
    Money CityShare,
    Money UserShare,
    bool IsTakenInCharge,
    WelfareUserArea Area)
{
    /// <summary>The select list <see cref="Read"/> expects, over <c>benefit</c> aliased <c>b</c>.</summary>
    public const string Columns =
        "b.id, b.fiscal_code, b.household_id, b.social_case_id, b.code, b.name, b.is_periodic, b.is_means_tested, b.isee_protocol, " +
        "b.start_date, b.end_date, b.payment_date, b.monthly_amount_cents, b.city_share_cents, b.user_share_cents, b.is_taken_in_charge, b.area";

    /// <summary>Newest first, then by id: a stable order for clients and snapshots.</summary>
    public const string Order = "b.start_date desc, b.id";

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static BenefitRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetBoolean(6),
        reader.GetBoolean(7),
        reader.IsDBNull(8) ? null : reader.GetString(8),
        reader.GetFieldValue<DateOnly>(9),
        reader.GetFieldValue<DateOnly>(10),
        reader.GetFieldValue<DateOnly>(11),
        new Money(reader.GetInt64(12)),
        new Money(reader.GetInt64(13)),
        new Money(reader.GetInt64(14)),
        reader.GetBoolean(15),
        (WelfareUserArea)reader.GetInt16(16));
}
