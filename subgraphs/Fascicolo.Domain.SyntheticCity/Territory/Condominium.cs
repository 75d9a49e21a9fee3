namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>A condominium: a building whose dwellings belong to several owners, run by an administrator.</summary>
/// <param name="Id">Stable id, <c>CND-</c> + the building id's Belfiore code and number, e.g. <c>CND-D969-000001</c>.</param>
/// <param name="BuildingId">The building.</param>
/// <param name="Name">The name it goes by, e.g. <c>Condominio Via XX Settembre 12</c>.</param>
/// <param name="FiscalCode">Its own 11-digit fiscal code (a condominium is a non-commercial body: it starts with 9).</param>
/// <param name="DwellingCount">How many dwellings the building has.</param>
/// <param name="Administrator">The administrator.</param>
public sealed record Condominium(
    string Id,
    string BuildingId,
    string Name,
    string FiscalCode,
    int DwellingCount,
    CondominiumAdministrator Administrator)
{
    /// <summary>The fewest dwellings a building needs to be generated as a condominium.</summary>
    public const int MinDwellings = 4;

    /// <summary>
    /// Above this many owners the civil code (art. 1129) makes an administrator compulsory: larger
    /// condominiums hire a professional, smaller ones appoint one of the owners.
    /// </summary>
    public const int MaxOwnersWithoutProfessional = 8;
}
