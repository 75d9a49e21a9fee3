namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>Why an APE was drawn up (motivazione). The numbers are stored: never renumber.</summary>
public enum EnergyCertificatePurpose
{
    /// <summary>A sale (compravendita): the APE is due from the seller.</summary>
    Sale = 1,

    /// <summary>A new lease (locazione).</summary>
    Rental = 2,

    /// <summary>A major renovation or energy upgrade (ristrutturazione importante, riqualificazione).</summary>
    Renovation = 3,

    /// <summary>Any other reason (public incentives, voluntary certification).</summary>
    Other = 4,
}
