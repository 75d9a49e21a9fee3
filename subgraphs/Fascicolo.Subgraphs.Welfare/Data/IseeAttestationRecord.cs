using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Welfare.Data;

/// <summary>A row of <c>isee_attestation</c>, with the key it was loaded by (a member's fiscal code, a household id or the protocol).</summary>
/// <param name="Key">The loader key the row answers.</param>
/// <param name="Protocol">The DSU protocol.</param>
/// <param name="HouseholdId">The household it was issued for.</param>
/// <param name="DeclarantFiscalCode">Who submitted the DSU.</param>
/// <param name="Kind">The kind of attestation.</param>
/// <param name="IssuedOn">The day INPS issued it.</param>
/// <param name="ValidUntil">Its last valid day.</param>
/// <param name="Members">The people of the ISEE household.</param>
/// <param name="Isr">ISR, the income indicator.</param>
/// <param name="Isp">ISP, the assets indicator.</param>
/// <param name="Ise">ISE = ISR + 20% of ISP.</param>
/// <param name="EquivalenceScale">The equivalence scale with its increases.</param>
/// <param name="Isee">ISEE = ISE / scale.</param>
/// <param name="Subjects">Whose attestation it is: the members of the ISEE household and the declarant.</param>
internal sealed record IseeAttestationRecord(
    string Key,
    string Protocol,
    string HouseholdId,
    string DeclarantFiscalCode,
    IseeAttestationKind Kind,
    DateOnly IssuedOn,
    DateOnly ValidUntil,
    int Members,
    Money Isr,
    Money Isp,
    Money Ise,
    decimal EquivalenceScale,
    Money Isee,
    IReadOnlyList<string> Subjects)
{
    /// <summary>
    /// The attestation's columns, over <c>isee_attestation</c> aliased <c>a</c>, after the key column; the
    /// ISEE household's members come along (through the primary key of <c>isee_member</c>) because they
    /// are the attestation's data subjects, needed before any of its fields is read.
    /// </summary>
    public const string Columns =
        "a.protocol, a.household_id, a.declarant_fiscal_code, a.type, a.issued_on, a.valid_until, a.members, " +
        "a.isr_cents, a.isp_cents, a.ise_cents, a.equivalence_scale, a.isee_cents, " +
        "array(select im.fiscal_code from isee_member im where im.protocol = a.protocol order by im.fiscal_code)";

    /// <summary>Newest first.</summary>
    public const string Order = "a.issued_on desc, a.protocol desc";

    /// <summary>Reads the current row: the key, then <see cref="Columns"/>.</summary>
    public static IseeAttestationRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        (IseeAttestationKind)reader.GetInt16(4),
        reader.GetFieldValue<DateOnly>(5),
        reader.GetFieldValue<DateOnly>(6),
        reader.GetInt16(7),
        new Money(reader.GetInt64(8)),
        new Money(reader.GetInt64(9)),
        new Money(reader.GetInt64(10)),
        reader.GetDecimal(11),
        new Money(reader.GetInt64(12)),
        SubjectsOf(reader.GetString(3), reader.GetFieldValue<string[]>(13)));

    // The declarant is normally one of the members; a DSU filed for others still names them.
    private static string[] SubjectsOf(string declarant, string[] members) =>
        members.Contains(declarant, StringComparer.Ordinal) ? members : [.. members, declarant];
}
