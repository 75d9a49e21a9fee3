namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>What a weather alert is for. The numbers are stored: never renumber.</summary>
public enum AlertType
{
    /// <summary>Allerta idrogeologica e idraulica per piogge diffuse: floods and landslides from prolonged rain.</summary>
    Hydrogeological = 1,

    /// <summary>Allerta idrogeologica per temporali: flash floods from thunderstorms.</summary>
    Thunderstorms = 2,

    /// <summary>Allerta neve.</summary>
    Snow = 3,
}
