using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>
/// Writes a procedure's history by walking <see cref="ProcedureWorkflow"/> from its submission: review,
/// up to two integration rounds, then a decision, each a few working days after the previous step.
/// Some files wait weeks to be picked up, some decisions come after the term, and a few files are
/// never concluded at all (a SCIA or CILA is effective anyway), as in any backlog.
/// Steps that would fall on or after the reference date are not taken, so recent procedures are open.
/// </summary>
internal static class ProcedureHistory
{
    private const double FirstIntegrationShare = 0.35;
    private const double SecondIntegrationShare = 0.12;
    private const double IntegrationSentShare = 0.9;
    private const double ApprovalShare = 0.86;
    private const double SlowPickUpShare = 0.2;
    private const double LateDecisionShare = 0.25;
    private const double NeverConcludedShare = 0.06;

    /// <summary>The steps of a procedure of <paramref name="kind"/> submitted at <paramref name="submittedAt"/> by <paramref name="applicant"/>.</summary>
    public static IReadOnlyList<ProcedureStep> Write(
        ProcedureKind kind, DateTimeOffset submittedAt, string applicant, DateOnly referenceDate, SplitMix64 random)
    {
        var profile = ProcedureKinds.Of(kind);
        var officer = Officers.Pick(profile.Desk, random);
        var history = new Walk(referenceDate, new ProcedureStep(ProcedureWorkflow.InitialState, null, submittedAt, applicant, null));

        var day = OfficeHours.DateOf(submittedAt);
        var pickUp = random.Chance(SlowPickUpShare) ? random.Next(6, 45) : random.Next(1, 5);
        if (!history.Take(ProcedureTransition.StartReview, ref day, pickUp, officer, null, random))
        {
            return history.Steps;
        }
        for (var round = 0; round < 2 && random.Chance(round == 0 ? FirstIntegrationShare : SecondIntegrationShare); round++)
        {
            var note = ProcedureNotes.IntegrationRequest(profile.Desk, random);
            if (!history.Take(ProcedureTransition.RequestIntegration, ref day, random.Next(3, 20), officer, note, random))
            {
                return history.Steps;
            }
            if (!random.Chance(IntegrationSentShare))
            {
                // The applicant never answers: the office closes the file once the integration term is over.
                var lapse = profile.IntegrationDays + random.Next(1, 10);
                history.Take(ProcedureTransition.Reject, ref day, lapse, officer, ProcedureNotes.IntegrationLapsed, random);
                return history.Steps;
            }
            if (!history.Take(ProcedureTransition.ReceiveIntegration, ref day, random.Next(4, profile.IntegrationDays - 2), applicant, ProcedureNotes.IntegrationReceived, random))
            {
                return history.Steps;
            }
        }
        if (random.Chance(NeverConcludedShare))
        {
            return history.Steps;
        }
        var approve = random.Chance(ApprovalShare);
        var decision = random.Chance(LateDecisionShare)
            ? profile.ConclusionDays + random.Next(1, 150)
            : random.Next(5, profile.ConclusionDays - 3);
        history.Take(
            approve ? ProcedureTransition.Approve : ProcedureTransition.Reject,
            ref day,
            decision,
            officer,
            approve ? ProcedureNotes.Approval(kind) : ProcedureNotes.Rejection(kind),
            random);
        return history.Steps;
    }

    /// <summary>The steps so far; refuses a step at or after the reference date, and every step after it.</summary>
    private sealed class Walk(DateOnly referenceDate, ProcedureStep submission)
    {
        private readonly List<ProcedureStep> _steps = [submission];

        public IReadOnlyList<ProcedureStep> Steps => _steps;

        public bool Take(ProcedureTransition transition, ref DateOnly day, int afterDays, string actor, string? note, SplitMix64 random)
        {
            day = OfficeHours.Day(day.AddDays(afterDays));
            if (day >= referenceDate)
            {
                return false;
            }
            if (!ProcedureWorkflow.TryAdvance(_steps[^1].State, transition, out var state))
            {
                throw new InvalidOperationException($"The generator took {transition} from {_steps[^1].State}, which the workflow forbids.");
            }
            _steps.Add(new ProcedureStep(state, transition, OfficeHours.At(day, random), actor, note));
            return true;
        }
    }
}
