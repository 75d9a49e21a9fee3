using Fascicolo.Domain.Taxes;
using Fascicolo.Domain.Taxes.Assessments;
using Fascicolo.Domain.Taxes.Schedule;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Taxes.Data;

/// <summary>The instalments of assessments, a batch of assessments at a time.</summary>
internal static class TaxAssessmentItemsByAssessment
{
    private const string Sql = """
        select i.assessment_id, a.tax, a.year, i.instalment, i.instalment_count, i.due_on, i.amount_cents,
               i.paid_on_time_cents, i.paid_late_cents, i.unpaid_cents, i.sanction_cents, i.interest_cents
        from tax_assessment_item i
        join tax_assessment a on a.id = i.assessment_id
        where i.assessment_id = any(@keys)
        order by i.assessment_id, i.instalment
        """;

    /// <summary>The loader of assessment instalments by assessment id.</summary>
    public static readonly BatchLoader<string, (string AssessmentId, AssessedInstalment Item)> Loader = new(
        (keys, services, ct) => KeyedQuery.RunAsync(
            Sql,
            keys,
            r => (r.GetString(0), new AssessedInstalment(
                new TaxInstalment((TaxKind)r.GetInt16(1), r.GetInt16(2), r.GetInt16(3), r.GetInt16(4), r.GetFieldValue<DateOnly>(5), r.GetInt64(6)),
                r.GetInt64(7),
                r.GetInt64(8),
                r.GetInt64(9),
                r.GetInt64(10),
                r.GetInt64(11))),
            services,
            ct),
        row => row.AssessmentId);
}
