namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>The operational phase municipalities take during an alert. The numbers are stored.</summary>
public enum AlertPhase
{
    /// <summary>Fase di attenzione: the least a yellow alert requires.</summary>
    Attention = 1,

    /// <summary>Fase di preallarme: the least an orange alert requires.</summary>
    PreAlarm = 2,

    /// <summary>Fase di allarme: the least a red alert requires.</summary>
    Alarm = 3,
}
