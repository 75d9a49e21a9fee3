namespace Fascicolo.Domain.SyntheticCity.Data;

/// <summary>A foreign country residents are born in.</summary>
/// <param name="BelfioreCode">The <c>Z…</c> code fiscal codes use for it.</param>
/// <param name="Iso2">ISO 3166-1 alpha-2 code, used as citizenship.</param>
/// <param name="Name">The Italian name.</param>
/// <param name="Names">The naming tradition of its people.</param>
internal sealed record Country(string BelfioreCode, string Iso2, string Name, NameGroup Names);
