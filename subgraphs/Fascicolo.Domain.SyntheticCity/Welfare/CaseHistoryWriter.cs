using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>
/// Writes a case's history, never after today: the request weeks before the first benefit (or
/// today, for benefits starting later), assessment, taking in charge; then, when every benefit has
/// ended, most cases are closed; a few open ones are suspended.
/// </summary>
internal static class CaseHistoryWriter
{
    private const string RequestNote = "Richiesta di accesso allo sportello sociale";
    private const string AssessmentNote = "Avvio della valutazione del bisogno";
    private const string TakenInChargeNote = "Presa in carico: progetto individualizzato attivato";
    private const string SuspendedNote = "Progetto sospeso su richiesta dell'interessato";
    private const string ClosedNote = "Chiusura: obiettivi del progetto raggiunti";

    /// <summary>The history of a case whose benefits run from <paramref name="firstStart"/> to <paramref name="lastEnd"/>.</summary>
    public static List<SocialCaseEvent> ForBenefits(DateOnly firstStart, DateOnly lastEnd, DateOnly today, SplitMix64 random)
    {
        var anchor = firstStart < today ? firstStart : today;
        var opened = anchor.AddDays(-random.Next(40, 150));
        var assessed = opened.AddDays(random.Next(7, 20));
        var inCharge = assessed.AddDays(random.Next(7, 20));
        var history = new List<SocialCaseEvent>
        {
            new(opened, SocialCaseStatus.Requested, RequestNote),
            new(assessed, SocialCaseStatus.Assessment, AssessmentNote),
            new(inCharge, SocialCaseStatus.TakenInCharge, TakenInChargeNote),
        };
        if (lastEnd < today && random.Chance(0.6))
        {
            var closed = lastEnd.AddDays(random.Next(1, 45));
            history.Add(new(closed < today ? closed : today, SocialCaseStatus.Closed, ClosedNote));
        }
        else if (inCharge < today && random.Chance(0.06))
        {
            var span = today.DayNumber - inCharge.DayNumber;
            history.Add(new(inCharge.AddDays(random.Next(1, span)), SocialCaseStatus.Suspended, SuspendedNote));
        }
        return history;
    }

    /// <summary>A recent request still being assessed, without benefits yet.</summary>
    public static List<SocialCaseEvent> Pending(DateOnly today, SplitMix64 random)
    {
        var opened = today.AddDays(-random.Next(10, 60));
        var history = new List<SocialCaseEvent> { new(opened, SocialCaseStatus.Requested, RequestNote) };
        if (random.Chance(0.5))
        {
            history.Add(new(opened.AddDays(random.Next(3, 9)), SocialCaseStatus.Assessment, AssessmentNote));
        }
        return history;
    }
}
