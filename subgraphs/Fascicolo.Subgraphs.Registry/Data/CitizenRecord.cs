using Fascicolo.Domain.FiscalCodes;
using Npgsql;

namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>A person registered as resident: a row of <c>citizen</c> with the household they belong to.</summary>
/// <param name="FiscalCode">The fiscal code exactly as issued (omocodic letters kept).</param>
/// <param name="Surname">The surname as registered.</param>
/// <param name="GivenName">The given name(s) as registered.</param>
/// <param name="Sex">The sex as registered.</param>
/// <param name="BirthDate">The birth date.</param>
/// <param name="BirthplaceCode">The Belfiore code of the birthplace (<c>Z…</c> for a foreign state).</param>
/// <param name="Citizenship">ISO 3166-1 alpha-2 code of the citizenship.</param>
/// <param name="CivilStatus">The ANPR civil status code.</param>
/// <param name="HouseholdId">The household the citizen belongs to, if any.</param>
internal sealed record CitizenRecord(
    string FiscalCode,
    string Surname,
    string GivenName,
    Sex Sex,
    DateOnly BirthDate,
    string BirthplaceCode,
    string Citizenship,
    int CivilStatus,
    string? HouseholdId)
{
    /// <summary>
    /// The select list <see cref="Read"/> expects, over a relation aliased <c>c</c> with the columns of
    /// <c>citizen</c>: <see cref="OwnColumns"/>, then <see cref="HouseholdIdColumn"/>.
    /// </summary>
    public const string Columns = OwnColumns + ", " + HouseholdIdColumn;

    /// <summary>The columns of <c>citizen</c> itself, aliased <c>c</c>.</summary>
    public const string OwnColumns =
        "c.fiscal_code, c.surname, c.given_name, c.sex, c.birth_date, c.birthplace_code, c.citizenship, c.civil_status";

    /// <summary>
    /// The household id as a correlated lookup (a person belongs to at most one household). A
    /// subquery rather than a join: under <c>order by … limit</c> PostgreSQL evaluates it for the
    /// returned rows only, whereas a join tempts the planner into merging with the whole table.
    /// </summary>
    public const string HouseholdIdColumn =
        "(select hm.household_id from household_member hm where hm.fiscal_code = c.fiscal_code) as household_id";

    /// <summary>Given name and surname, e.g. <c>Giulia Parodi</c>.</summary>
    public string FullName => $"{GivenName} {Surname}";

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static CitizenRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3) == "F" ? Sex.Female : Sex.Male,
        reader.GetFieldValue<DateOnly>(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetInt16(7),
        reader.IsDBNull(8) ? null : reader.GetString(8));
}
