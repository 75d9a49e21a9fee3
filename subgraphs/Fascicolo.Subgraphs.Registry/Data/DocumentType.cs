namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>The kinds of identity document, with the codes stored in <c>identity_document.type</c>.</summary>
internal enum DocumentType : short
{
    /// <summary>Carta d'identità elettronica (CIE).</summary>
    ElectronicIdentityCard = 1,

    /// <summary>The paper identity card issued before the CIE.</summary>
    PaperIdentityCard = 2,

    /// <summary>A passport.</summary>
    Passport = 3,
}
