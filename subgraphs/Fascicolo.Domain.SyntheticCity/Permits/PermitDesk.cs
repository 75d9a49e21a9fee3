namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>The municipal desk (sportello unico) that handles a procedure.</summary>
/// <remarks>The numbers are stored (the permits subgraph keeps them as smallint): never renumber.</remarks>
public enum PermitDesk
{
    /// <summary>Sportello unico per l'edilizia (DPR 380/2001): building works.</summary>
    Sue = 0,

    /// <summary>Sportello unico per le attività produttive (DPR 160/2010): businesses.</summary>
    Suap = 1,
}
