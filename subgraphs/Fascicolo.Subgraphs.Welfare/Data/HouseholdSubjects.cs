namespace Fascicolo.Subgraphs.Welfare.Data;

/// <summary>
/// The members of a registry household that welfare knows of, a batch of households at a time: the
/// people of its ISEE attestations and the people of the cases and benefits recorded for it. Welfare
/// never reads the registry, so they are the data subjects of its view of the household.
/// </summary>
internal static class HouseholdSubjects
{
    /// <summary>One row per (household, person); households welfare knows nothing of have none.</summary>
    public static readonly ReaderBatchLoader<(string HouseholdId, string FiscalCode)> ByHousehold = new(
        """
        select a.household_id, m.fiscal_code from isee_attestation a join isee_member m on m.protocol = a.protocol where a.household_id = any(@keys)
        union
        select c.household_id, c.fiscal_code from social_case c where c.household_id = any(@keys)
        union
        select b.household_id, b.fiscal_code from benefit b where b.household_id = any(@keys)
        """,
        reader => (reader.GetString(0), reader.GetString(1)),
        row => row.HouseholdId);
}
