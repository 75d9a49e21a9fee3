namespace Fascicolo.Subgraphs.Kit;
/// <summary>Placeholder.</summary>
internal static class Placeholder;
