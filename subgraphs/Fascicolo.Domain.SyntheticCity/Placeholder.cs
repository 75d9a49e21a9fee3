namespace Fascicolo.Domain.SyntheticCity;
/// <summary>Placeholder.</summary>
internal static class Placeholder;
