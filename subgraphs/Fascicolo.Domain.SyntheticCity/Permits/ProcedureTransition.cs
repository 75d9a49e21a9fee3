namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>What can happen to a procedure; <see cref="ProcedureWorkflow"/> says from where and to where.</summary>
/// <remarks>The numbers are stored (the permits subgraph keeps them as smallint): never renumber.</remarks>
public enum ProcedureTransition
{
    /// <summary>An officer takes the procedure up for review.</summary>
    StartReview = 0,

    /// <summary>The officer asks the applicant for more documents (richiesta di integrazione).</summary>
    RequestIntegration = 1,

    /// <summary>The applicant's documents arrived: the review resumes and the term starts again.</summary>
    ReceiveIntegration = 2,

    /// <summary>The procedure concludes favourably.</summary>
    Approve = 3,

    /// <summary>The procedure concludes unfavourably, or lapses for want of the integration.</summary>
    Reject = 4,
}
