namespace Fascicolo.Domain.SyntheticCity;

/// <summary>The keys of the demo personas every city contains (<see cref="City.Personas"/>).</summary>
public static class DemoPersonaKeys
{
    /// <summary>A parent with a child in primary school in the same household.</summary>
    public const string Parent = "parent";

    /// <summary>The parent's child, aged 8 at the default reference date, in primary school.</summary>
    public const string Pupil = "pupil";

    /// <summary>Owns a vehicle with an unpaid fine.</summary>
    public const string VehicleOwner = "vehicle-owner";

    /// <summary>Receives a social benefit.</summary>
    public const string WelfareRecipient = "welfare-recipient";

    /// <summary>A sole trader with a business procedure.</summary>
    public const string SoleTrader = "sole-trader";

    /// <summary>A taxpayer with an overdue TARI notice.</summary>
    public const string Taxpayer = "taxpayer";
}
