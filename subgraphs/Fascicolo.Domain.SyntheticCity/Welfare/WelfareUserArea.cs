namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>
/// The user area (area di utenza) of a benefit or case, as the Nomenclatore interregionale degli
/// interventi e servizi sociali groups users; SIUSS folds them into three areas (1 family and
/// minors, 2 disability and non-self-sufficiency, 3 poverty and exclusion), see <see cref="WelfareUserAreas.SiussArea"/>.
/// </summary>
public enum WelfareUserArea
{
    /// <summary>Famiglia e minori.</summary>
    FamilyAndMinors = 1,

    /// <summary>Disabili: disability and non-self-sufficiency.</summary>
    Disability = 2,

    /// <summary>Anziani: people over 65.</summary>
    Elderly = 3,

    /// <summary>Povertà, disagio adulti e senza dimora.</summary>
    Poverty = 4,

    /// <summary>Immigrati e nomadi.</summary>
    Immigrants = 5,
}
