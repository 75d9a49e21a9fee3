namespace Fascicolo.Domain.SyntheticCity.Data;

/// <summary>A street and the CAP its house numbers use.</summary>
/// <param name="Name">The street name as written on addresses.</param>
/// <param name="PostalCode">The five-digit CAP.</param>
internal sealed record Street(string Name, string PostalCode);
