namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>The families of activity that file the same kinds of SUAP procedure.</summary>
public enum BusinessSector
{
    /// <summary>Restaurants, bars, ice-cream parlours: food served on the premises.</summary>
    FoodService,

    /// <summary>Food shops and bakeries.</summary>
    FoodShop,

    /// <summary>Non-food shops.</summary>
    Retail,

    /// <summary>Hairdressers and beauticians.</summary>
    PersonalCare,

    /// <summary>Craft trades: installers, builders, mechanics.</summary>
    Trade,

    /// <summary>Professional and software offices.</summary>
    Office,

    /// <summary>Rooms and holiday flats.</summary>
    Hospitality,
}
