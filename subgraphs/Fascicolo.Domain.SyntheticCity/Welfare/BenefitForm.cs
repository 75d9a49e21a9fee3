namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>Whether a benefit is money paid to the user or a service the user may share the cost of.</summary>
public enum BenefitForm
{
    /// <summary>Trasferimento in denaro: the city pays it all, the user's share is zero.</summary>
    CashTransfer,

    /// <summary>Servizio: its monthly cost is split between the city and the user (compartecipazione).</summary>
    Service,
}
