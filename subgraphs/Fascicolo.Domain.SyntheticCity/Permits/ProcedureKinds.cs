using System.Collections.Frozen;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>The terms and fees of every <see cref="ProcedureKind"/>, in one table.</summary>
public static class ProcedureKinds
{
    // Terms: CILA and building SCIA are checked within 30 days (L. 241/1990 art. 19 c. 6-bis);
    // a building permit takes 60 days of instruction plus 30 for the decision (DPR 380/2001 art. 20);
    // a SUAP SCIA is checked within 60 days (L. 241/1990 art. 19 c. 3) and the ordinary SUAP
    // procedure concludes within 60 (DPR 160/2010 art. 7). Fees are of the order of Genova's diritti.
    private static readonly FrozenDictionary<ProcedureKind, ProcedureKindProfile> Profiles = new ProcedureKindProfile[]
    {
        new(ProcedureKind.Cila, PermitDesk.Sue, "CILA", "Comunicazione di inizio lavori asseverata", 30, 30, 50_00),
        new(ProcedureKind.BuildingScia, PermitDesk.Sue, "SCIA edilizia", "Segnalazione certificata di inizio attività edilizia", 30, 30, 100_00),
        new(ProcedureKind.BuildingPermit, PermitDesk.Sue, "Permesso di costruire", "Permesso di costruire", 90, 60, 250_00),
        new(ProcedureKind.BusinessScia, PermitDesk.Suap, "SCIA SUAP", "Segnalazione certificata di inizio attività produttiva", 60, 30, 60_00),
        new(ProcedureKind.BusinessAuthorisation, PermitDesk.Suap, "Autorizzazione SUAP", "Procedimento ordinario di autorizzazione SUAP", 60, 30, 120_00),
    }.ToFrozenDictionary(p => p.Kind);

    /// <summary>Every kind's profile, in <see cref="ProcedureKind"/> order.</summary>
    public static IReadOnlyList<ProcedureKindProfile> All { get; } = [.. Profiles.Values.OrderBy(p => p.Kind)];

    /// <summary>The profile of a kind.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static ProcedureKindProfile Of(ProcedureKind kind) =>
        Profiles.TryGetValue(kind, out var profile) ? profile : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown procedure kind.");
}
