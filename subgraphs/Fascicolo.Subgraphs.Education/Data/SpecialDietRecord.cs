using Fascicolo.Domain.SyntheticCity.Education;
using Npgsql;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>A row of <c>special_diet</c>, with the child it is served to.</summary>
/// <param name="EnrolmentId">The enrolment whose canteen serves it.</param>
/// <param name="PupilFiscalCode">The child (from the enrolment): whose health or beliefs the diet tells.</param>
/// <param name="Diet">The diet: kind, code, what is served, from when, and the certificate of a medical one.</param>
internal sealed record SpecialDietRecord(string EnrolmentId, string PupilFiscalCode, SpecialDiet Diet)
{
    /// <summary>The select list <see cref="Read"/> expects, over <c>special_diet d</c> joined to <c>enrolment e</c>.</summary>
    public const string Columns = """
        d.enrolment_id, e.pupil_fiscal_code, d.kind, d.code, d.description, d.starts_on,
        d.certificate_number, d.certificate_issued_by, d.certificate_physician, d.certificate_issued_on, d.certificate_valid_until
        """;

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static SpecialDietRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        new SpecialDiet(
            (SpecialDietKind)reader.GetInt16(2),
            reader.GetString(3),
            reader.GetString(4),
            reader.GetDate(5),
            reader.IsDBNull(6) ? null : new MedicalCertificate(
                reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetDate(9), reader.GetDate(10))));
}
