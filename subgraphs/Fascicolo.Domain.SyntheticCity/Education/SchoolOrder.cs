namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>The order (grado) of a school, from the 0–6 system to the end of compulsory lower secondary.</summary>
public enum SchoolOrder
{
    /// <summary>Nido d'infanzia: children aged 3 months to 3 years (municipal in this city).</summary>
    Nursery,

    /// <summary>Scuola dell'infanzia: children aged 3 to 5, in sections (sezioni).</summary>
    Preschool,

    /// <summary>Scuola primaria: five years, from age 6.</summary>
    Primary,

    /// <summary>Scuola secondaria di primo grado: three years, from age 11.</summary>
    LowerSecondary,
}
