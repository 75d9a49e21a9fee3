using Fascicolo.Domain.SyntheticCity.Education;
using Npgsql;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>A row of <c>enrolment</c>.</summary>
/// <param name="Id">The key, e.g. <c>ENR-2025-0000042</c>.</param>
/// <param name="SchoolYear">The school year.</param>
/// <param name="PupilFiscalCode">The child.</param>
/// <param name="SchoolCode">The school.</param>
/// <param name="Order">The school's order (its canteen days depend on it).</param>
/// <param name="ClassYear">The class year; null in a nursery or preschool.</param>
/// <param name="Section">The section letter, or a nursery's age group.</param>
/// <param name="ClassName">The class as families say it, e.g. <c>3B</c>.</param>
/// <param name="EnrolledOn">The day of the enrolment.</param>
/// <param name="Services">The Comune's services the child uses.</param>
/// <param name="Canteen">The canteen fee; null when the child does not use the canteen.</param>
internal sealed record EnrolmentRecord(
    string Id,
    SchoolYear SchoolYear,
    string PupilFiscalCode,
    string SchoolCode,
    SchoolOrder Order,
    int? ClassYear,
    string Section,
    string ClassName,
    DateOnly EnrolledOn,
    IReadOnlyList<SchoolService> Services,
    CanteenFeeRecord? Canteen)
{
    /// <summary>The select list <see cref="Read"/> expects, over <c>enrolment e</c>.</summary>
    public const string Columns = """
        e.id, e.school_year, e.pupil_fiscal_code, e.school_code, e.school_order, e.class_year, e.section, e.class_name, e.enrolled_on, e.services,
        e.canteen_band, e.canteen_isee_protocol, e.canteen_sibling_ordinal, e.canteen_meal_fee_cents, e.canteen_payer_fiscal_code
        """;

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static EnrolmentRecord Read(NpgsqlDataReader reader)
    {
        var order = (SchoolOrder)reader.GetInt16(4);
        return new EnrolmentRecord(
            reader.GetString(0),
            new SchoolYear(reader.GetInt16(1)),
            reader.GetString(2),
            reader.GetString(3),
            order,
            reader.GetNullableInt16(5),
            reader.GetString(6),
            reader.GetString(7),
            reader.GetDate(8),
            [.. reader.GetFieldValue<short[]>(9).Select(s => (SchoolService)s)],
            reader.IsDBNull(10) ? null : new CanteenFeeRecord(
                reader.GetString(0),
                order,
                CanteenTariff.Bands.Single(b => b.Code == reader.GetString(10)),
                reader.GetNullableString(11),
                reader.GetInt16(12),
                reader.GetInt64(13),
                reader.GetString(14),
                reader.GetString(2)));
    }
}
