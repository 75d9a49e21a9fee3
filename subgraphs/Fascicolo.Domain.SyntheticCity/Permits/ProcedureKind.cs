namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>The kinds of procedure the desks handle; <see cref="ProcedureKinds"/> gives each one's terms and fee.</summary>
/// <remarks>The numbers are stored (the permits subgraph keeps them as smallint): never renumber.</remarks>
public enum ProcedureKind
{
    /// <summary>CILA, comunicazione di inizio lavori asseverata (DPR 380/2001 art. 6-bis): minor building works.</summary>
    Cila = 0,

    /// <summary>SCIA edilizia, segnalazione certificata di inizio attività (DPR 380/2001 art. 22).</summary>
    BuildingScia = 1,

    /// <summary>Permesso di costruire (DPR 380/2001 art. 20): new building, extensions, heavy renovation.</summary>
    BuildingPermit = 2,

    /// <summary>SCIA to the SUAP (L. 241/1990 art. 19, DPR 160/2010 art. 5): opening or changing a business.</summary>
    BusinessScia = 3,

    /// <summary>The SUAP's ordinary procedure ending in an authorisation (DPR 160/2010 art. 7).</summary>
    BusinessAuthorisation = 4,
}
