namespace Fascicolo.Domain.Payments.Positions;

/// <summary>The kind of debtor of a position (GPD <c>type</c>: <c>F</c> or <c>G</c>).</summary>
public enum DebtorType
{
    /// <summary><c>F</c>: a natural person (persona fisica), with a 16-character fiscal code.</summary>
    NaturalPerson,

    /// <summary><c>G</c>: a legal person (persona giuridica), with an 11-digit fiscal code.</summary>
    LegalPerson,
}
