namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>A service the Comune provides to an enrolled child, on top of the lessons.</summary>
public enum SchoolService
{
    /// <summary>Ristorazione scolastica: lunch at school, billed per meal eaten.</summary>
    Canteen,

    /// <summary>Pre-scuola (accoglienza anticipata): supervision from 7:30 before lessons start.</summary>
    EarlyEntry,

    /// <summary>Post-scuola (prolungamento orario): supervision after lessons until 18:00.</summary>
    AfterSchool,

    /// <summary>Nido a tempo pieno: a 0–6 service from 7:30 to 16:30, meals included.</summary>
    NurseryFullTime,

    /// <summary>Nido a tempo parziale: a 0–6 service from 7:30 to 13:30, lunch included.</summary>
    NurseryPartTime,
}
