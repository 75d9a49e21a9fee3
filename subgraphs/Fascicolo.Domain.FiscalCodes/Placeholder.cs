namespace Fascicolo.Domain.FiscalCodes;
/// <summary>Placeholder.</summary>
internal static class Placeholder;
