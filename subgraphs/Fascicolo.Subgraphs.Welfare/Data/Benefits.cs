namespace Fascicolo.Subgraphs.Welfare.Data;

/// <summary>Benefits by beneficiary, by household and by case, a batch at a time.</summary>
internal static class Benefits
{
    /// <summary>A person's benefits: <c>SocialFolder.benefits</c>.</summary>
    public static readonly ReaderBatchLoader<BenefitRecord> ByPerson = new(
        $"select {BenefitRecord.Columns} from benefit b where b.fiscal_code = any(@keys) order by b.fiscal_code, {BenefitRecord.Order}",
        BenefitRecord.Read,
        b => b.FiscalCode);

    /// <summary>The benefits of a household's members: <c>HouseholdSocialFolder.benefits</c>.</summary>
    public static readonly ReaderBatchLoader<BenefitRecord> ByHousehold = new(
        $"select {BenefitRecord.Columns} from benefit b where b.household_id = any(@keys) order by b.household_id, {BenefitRecord.Order}",
        BenefitRecord.Read,
        b => b.HouseholdId!);

    /// <summary>The benefits granted within a case: <c>SocialCase.benefits</c>.</summary>
    public static readonly ReaderBatchLoader<BenefitRecord> ByCase = new(
        $"select {BenefitRecord.Columns} from benefit b where b.social_case_id = any(@keys) order by b.social_case_id, {BenefitRecord.Order}",
        BenefitRecord.Read,
        b => b.SocialCaseId!);
}
