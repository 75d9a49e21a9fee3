namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>Labels and the SIUSS grouping of <see cref="WelfareUserArea"/>.</summary>
public static class WelfareUserAreas
{
    /// <summary>The Italian label of an area, as the nomenclatore writes it.</summary>
    public static string ItalianLabel(this WelfareUserArea area) => area switch
    {
        WelfareUserArea.FamilyAndMinors => "Famiglia e minori",
        WelfareUserArea.Disability => "Disabili",
        WelfareUserArea.Elderly => "Anziani",
        WelfareUserArea.Poverty => "Povertà, disagio adulti e senza dimora",
        WelfareUserArea.Immigrants => "Immigrati e nomadi",
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "Unknown user area."),
    };

    /// <summary>
    /// The SIUSS area: 1 family and minors, 2 disability and non-self-sufficiency (the elderly are
    /// counted here), 3 poverty and social exclusion (immigrants included).
    /// </summary>
    public static int SiussArea(this WelfareUserArea area) => area switch
    {
        WelfareUserArea.FamilyAndMinors => 1,
        WelfareUserArea.Disability or WelfareUserArea.Elderly => 2,
        WelfareUserArea.Poverty or WelfareUserArea.Immigrants => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "Unknown user area."),
    };
}
