namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>Genova's limited traffic zones (zone a traffico limitato).</summary>
public enum ZtlZone
{
    /// <summary>The historic centre (Municipio I Centro Est).</summary>
    CentroStorico,

    /// <summary>Carignano (Municipio I Centro Est).</summary>
    Carignano,

    /// <summary>Boccadasse (Municipio VIII Medio Levante).</summary>
    Boccadasse,

    /// <summary>Nervi (Municipio IX Levante).</summary>
    Nervi,
}
