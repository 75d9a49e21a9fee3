namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>
/// The dates a procedure's deadlines run from. An integration request interrupts the term, and the
/// term starts again in full on the day the integration arrives (DPR 380/2001 art. 20 c. 5; L. 241/1990
/// art. 2 c. 7 for the SUAP): <see cref="After"/> applies that rule, step by step.
/// </summary>
/// <param name="TermStartedOn">The day the conclusion term runs from: the submission, or the last integration received.</param>
/// <param name="IntegrationRequestedOn">The day of the last integration request, or null if none is pending.</param>
public readonly record struct ProcedureTerms(DateOnly TermStartedOn, DateOnly? IntegrationRequestedOn)
{
    /// <summary>The terms of a procedure submitted on <paramref name="submittedOn"/>.</summary>
    public static ProcedureTerms OnSubmission(DateOnly submittedOn) => new(submittedOn, null);

    /// <summary>The terms after <paramref name="transition"/> happened on <paramref name="on"/>.</summary>
    public ProcedureTerms After(ProcedureTransition transition, DateOnly on) => transition switch
    {
        ProcedureTransition.RequestIntegration => this with { IntegrationRequestedOn = on },
        ProcedureTransition.ReceiveIntegration => new ProcedureTerms(on, null),
        _ => this,
    };
}
