namespace Fascicolo.Domain.SyntheticCity;

/// <summary>The kinds of identity document a resident may hold.</summary>
public enum IdentityDocumentType
{
    /// <summary>Carta d'identità elettronica (CIE 3.0, issued since 2016), numbers like <c>CA12345AB</c>.</summary>
    ElectronicIdentityCard,

    /// <summary>The paper identity card issued before the CIE, numbers like <c>AU1234567</c>.</summary>
    PaperIdentityCard,

    /// <summary>A passport, numbers like <c>YA1234567</c>.</summary>
    Passport,
}
