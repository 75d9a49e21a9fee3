namespace Fascicolo.Domain.SyntheticCity.Properties;

/// <summary>The generated cadastre with its indexes.</summary>
internal sealed class PropertyRegister
{
    public PropertyRegister(IReadOnlyList<CadastralUnit> units)
    {
        Units = units;
        ById = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        ByOwner = units
            .SelectMany(u => u.Owners.Select(o => (o.OwnerFiscalCode, Unit: u)))
            .GroupBy(x => x.OwnerFiscalCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CadastralUnit>)g.Select(x => x.Unit).ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<CadastralUnit> Units { get; }

    public Dictionary<string, CadastralUnit> ById { get; }

    public Dictionary<string, IReadOnlyList<CadastralUnit>> ByOwner { get; }
}
