namespace Fascicolo.Subgraphs.Welfare.Data;

/// <summary>Social cases by id, by person and by household, a batch at a time.</summary>
internal static class SocialCases
{
    // Newest first: an operator looks at the current case before the old ones.
    private const string Order = "c.opened_on desc, c.id";

    /// <summary>Cases by id: <c>Query.socialCase</c>, <c>_entities</c>, <c>WelfareBenefit.socialCase</c>.</summary>
    public static readonly ReaderBatchLoader<SocialCaseRecord> ById = new(
        $"select {SocialCaseRecord.Columns} from social_case c where c.id = any(@keys)",
        SocialCaseRecord.Read,
        c => c.Id);

    /// <summary>A person's cases: <c>SocialFolder.cases</c>.</summary>
    public static readonly ReaderBatchLoader<SocialCaseRecord> ByPerson = new(
        $"select {SocialCaseRecord.Columns} from social_case c where c.fiscal_code = any(@keys) order by c.fiscal_code, {Order}",
        SocialCaseRecord.Read,
        c => c.FiscalCode);

    /// <summary>The cases of a household's members: <c>HouseholdSocialFolder.cases</c>.</summary>
    public static readonly ReaderBatchLoader<SocialCaseRecord> ByHousehold = new(
        $"select {SocialCaseRecord.Columns} from social_case c where c.household_id = any(@keys) order by c.household_id, {Order}",
        SocialCaseRecord.Read,
        c => c.HouseholdId!);
}
