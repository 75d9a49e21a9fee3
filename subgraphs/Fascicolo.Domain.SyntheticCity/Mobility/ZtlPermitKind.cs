namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>Why a car may enter a limited traffic zone.</summary>
public enum ZtlPermitKind
{
    /// <summary>The owner lives in the zone (permesso residenti).</summary>
    Resident,

    /// <summary>The car carries a disabled person (contrassegno per persone con disabilità): every zone.</summary>
    Disability,
}
