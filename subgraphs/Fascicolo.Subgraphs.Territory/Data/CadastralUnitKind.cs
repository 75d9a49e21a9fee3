namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>What a cadastral unit of the city is.</summary>
internal enum CadastralUnitKind
{
    /// <summary>A dwelling (categories A/1 to A/9).</summary>
    Dwelling,

    /// <summary>A garage or parking space (C/6), appurtenant to a dwelling.</summary>
    Garage,
}
