namespace Fascicolo.Testing;
/// <summary>Placeholder.</summary>
internal static class Placeholder;
