using Fascicolo.Domain.SyntheticCity.Education;
using Npgsql;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>A row of <c>special_diet</c>.</summary>
/// <param name="EnrolmentId">The enrolment whose canteen serves it.</param>
/// <param name="Diet">The diet: kind, code, what is served, from when, and the certificate of a medical one.</param>
internal sealed record SpecialDietRecord(string EnrolmentId, SpecialDiet Diet)
{
    /// <summary>The select list <see cref="Read"/> expects, over <c>special_diet d</c>.</summary>
    public const string Columns = """
        d.enrolment_id, d.kind, d.code, d.description, d.starts_on,
        d.certificate_number, d.certificate_issued_by, d.certificate_physician, d.certificate_issued_on, d.certificate_valid_until
        """;

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static SpecialDietRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        new SpecialDiet(
            (SpecialDietKind)reader.GetInt16(1),
            reader.GetString(2),
            reader.GetString(3),
            reader.GetDate(4),
            reader.IsDBNull(5) ? null : new MedicalCertificate(
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetDate(8), reader.GetDate(9))));
}
