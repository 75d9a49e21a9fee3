using Fascicolo.Domain.SyntheticCity.Welfare;

namespace Fascicolo.Subgraphs.Welfare.Data;

/// <summary>The history of social cases by case id, a batch at a time.</summary>
internal static class SocialCaseEvents
{
    /// <summary>The loader of <c>SocialCase.history</c>, oldest first.</summary>
    public static readonly ReaderBatchLoader<SocialCaseEventRecord> ByCase = new(
        """
        select e.case_id, c.fiscal_code, e.position, e.occurred_on, e.status, e.note
        from social_case_event e
        join social_case c on c.id = e.case_id
        where e.case_id = any(@keys)
        order by e.case_id, e.position
        """,
        reader => new SocialCaseEventRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetInt16(2),
            reader.GetFieldValue<DateOnly>(3),
            (SocialCaseStatus)reader.GetInt16(4),
            reader.GetString(5)),
        e => e.CaseId);
}
