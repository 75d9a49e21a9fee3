namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>What a document filed with a procedure is.</summary>
/// <remarks>The numbers are stored (the permits subgraph keeps them as smallint): never renumber.</remarks>
public enum ProcedureDocumentType
{
    /// <summary>The application or notice itself (modulo di istanza, SCIA, CILA).</summary>
    ApplicationForm = 0,

    /// <summary>The designer's sworn technical report (relazione tecnica asseverata).</summary>
    TechnicalReport = 1,

    /// <summary>Drawings of the current state and of the project (elaborati grafici).</summary>
    Drawings = 2,

    /// <summary>Photographs of the site (documentazione fotografica).</summary>
    PhotographicSurvey = 3,

    /// <summary>The floor plan of the business premises (planimetria dei locali).</summary>
    FloorPlan = 4,

    /// <summary>The food-safety self-control plan (piano di autocontrollo HACCP).</summary>
    HaccpPlan = 5,

    /// <summary>The applicant's identity document.</summary>
    IdentityDocument = 6,

    /// <summary>The pagoPA receipt of the fees.</summary>
    FeeReceipt = 7,

    /// <summary>Documents sent in answer to an integration request (documentazione integrativa).</summary>
    Integration = 8,
}
