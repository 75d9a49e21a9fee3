namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>The deadlines of a procedure, from its kind, its state and its <see cref="ProcedureTerms"/>.</summary>
public static class ProcedureDeadlines
{
    /// <summary>
    /// The last day the office has to conclude: the term start plus the kind's conclusion days, moved
    /// past Sundays and holidays. Null while an integration is pending, because the term is interrupted.
    /// </summary>
    public static DateOnly? ConclusionDueOn(ProcedureKind kind, ProcedureState state, ProcedureTerms terms) =>
        state == ProcedureState.IntegrationRequested
            ? null
            : GenovaCalendar.RollForward(terms.TermStartedOn.AddDays(ProcedureKinds.Of(kind).ConclusionDays));

    /// <summary>The last day the applicant has to send the requested integration; null unless one is pending.</summary>
    public static DateOnly? IntegrationDueOn(ProcedureKind kind, ProcedureState state, ProcedureTerms terms) =>
        state == ProcedureState.IntegrationRequested && terms.IntegrationRequestedOn is { } requestedOn
            ? GenovaCalendar.RollForward(requestedOn.AddDays(ProcedureKinds.Of(kind).IntegrationDays))
            : null;
}
