namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>Who runs a school.</summary>
public enum SchoolManagement
{
    /// <summary>A state school, part of an istituto comprensivo, with a Ministry (MIUR) meccanografico code.</summary>
    State,

    /// <summary>A school run by the Comune (nidi and scuole dell'infanzia comunali), with the city's own code.</summary>
    Municipal,
}
