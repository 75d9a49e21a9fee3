namespace Fascicolo.Domain.SyntheticCity.Isee;

/// <summary>The ISEE attestations of the city's households, as INPS would return them to the city.</summary>
public static class CityIsee
{
    /// <summary>Every attestation, in household order, the older before the newer.</summary>
    public static IReadOnlyList<IseeAttestation> IseeAttestations(this City city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return city.Facet("isee", IseeGenerator.Generate).All;
    }

    /// <summary>A household's attestations, the older before the newer; empty for none.</summary>
    public static IReadOnlyList<IseeAttestation> IseeAttestationsOf(this City city, string householdId)
    {
        ArgumentNullException.ThrowIfNull(city);
        return city.Facet("isee", IseeGenerator.Generate).ByHousehold.GetValueOrDefault(householdId) ?? [];
    }

    /// <summary>The attestation valid on <paramref name="date"/> for a household, or null.</summary>
    public static IseeAttestation? CurrentIsee(this City city, string householdId, DateOnly date) =>
        city.IseeAttestationsOf(householdId).LastOrDefault(a => a.IssuedOn <= date && date <= a.ValidUntil);
}
