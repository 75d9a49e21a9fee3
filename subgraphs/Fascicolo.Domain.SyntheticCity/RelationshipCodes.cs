namespace Fascicolo.Domain.SyntheticCity;

/// <summary>ANPR codes of a household member's relationship to the head (the ones the generator uses).</summary>
public static class RelationshipCodes
{
    /// <summary>Intestatario scheda: the head.</summary>
    public const int Head = 1;

    /// <summary>Coniuge: the head's spouse.</summary>
    public const int Spouse = 2;

    /// <summary>Figlio/figlia.</summary>
    public const int Child = 3;

    /// <summary>Nipote (grandchild).</summary>
    public const int Grandchild = 4;

    /// <summary>Padre/madre.</summary>
    public const int Parent = 6;

    /// <summary>Nonno/nonna.</summary>
    public const int Grandparent = 7;

    /// <summary>Fratello/sorella.</summary>
    public const int Sibling = 9;

    /// <summary>Genero/nuora.</summary>
    public const int ChildInLaw = 16;

    /// <summary>Suocero/suocera.</summary>
    public const int ParentInLaw = 17;

    /// <summary>Convivente (a partner without marriage, or another cohabitant such as a live-in carer).</summary>
    public const int Cohabitant = 23;

    /// <summary>Unito civilmente: the head's civil partner.</summary>
    public const int CivilPartner = 28;
}
