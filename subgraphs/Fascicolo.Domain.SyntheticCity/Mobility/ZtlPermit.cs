namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>A permit for one car to enter a limited traffic zone.</summary>
/// <param name="Number">The permit number, <c>ZTL-</c> and six digits.</param>
/// <param name="Zone">The zone; a disability permit names the holder's zone but is valid in all.</param>
/// <param name="Kind">Why it was granted.</param>
/// <param name="Plate">The car it is for.</param>
/// <param name="HolderFiscalCode">Who holds it (the owner).</param>
/// <param name="ValidFrom">The first valid day.</param>
/// <param name="ValidUntil">The last valid day.</param>
public sealed record ZtlPermit(
    string Number,
    ZtlZone Zone,
    ZtlPermitKind Kind,
    string Plate,
    string HolderFiscalCode,
    DateOnly ValidFrom,
    DateOnly ValidUntil);
