namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>A day the canteen served the child's school.</summary>
/// <param name="Date">The day.</param>
/// <param name="Present">Whether the child was there (and so ate a meal).</param>
/// <param name="PupilFiscalCode">The child.</param>
internal sealed record CanteenDay(DateOnly Date, bool Present, string PupilFiscalCode);
