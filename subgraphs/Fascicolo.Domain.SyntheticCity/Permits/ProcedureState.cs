namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>Where a procedure stands; <see cref="ProcedureWorkflow"/> says how it moves.</summary>
/// <remarks>The numbers are stored (the permits subgraph keeps them as smallint): never renumber.</remarks>
public enum ProcedureState
{
    /// <summary>Filed and protocolled, not yet assigned for review.</summary>
    Submitted = 0,

    /// <summary>An officer is examining it (istruttoria).</summary>
    UnderReview = 1,

    /// <summary>The office asked the applicant for more documents; the term is interrupted.</summary>
    IntegrationRequested = 2,

    /// <summary>Concluded favourably (permit issued, or checks passed).</summary>
    Approved = 3,

    /// <summary>Concluded unfavourably (refused, or activity forbidden).</summary>
    Rejected = 4,
}
