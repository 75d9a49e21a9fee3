using Fascicolo.Domain.SyntheticCity.Welfare;

namespace Fascicolo.Subgraphs.Welfare.Data;

/// <summary>The history of social cases by case id, a batch at a time.</summary>
internal static class SocialCaseEvents
{
    /// <summary>The loader of <c>SocialCase.history</c>, oldest first.</summary>
    public static readonly ReaderBatchLoader<SocialCaseEventRecord> ByCase = new(
        """
        select e.case_id, e.position, e.occurred_on, e.status, e.note
        from social_case_event e
        where e.case_id = any(@keys)
        order by e.case_id, e.position
        """,
        reader => new SocialCaseEventRecord(
            reader.GetString(0),
            reader.GetInt16(1),
            reader.GetFieldValue<DateOnly>(2),
            (SocialCaseStatus)reader.GetInt16(3),
            reader.GetString(4)),
        e => e.CaseId);
}
