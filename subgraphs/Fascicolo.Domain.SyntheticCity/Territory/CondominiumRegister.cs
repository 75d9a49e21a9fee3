namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>The generated condominiums with their indexes.</summary>
internal sealed class CondominiumRegister(IReadOnlyList<Condominium> all)
{
    public IReadOnlyList<Condominium> All { get; } = all;

    public Dictionary<string, Condominium> ById { get; } = all.ToDictionary(c => c.Id, StringComparer.Ordinal);

    public Dictionary<string, Condominium> ByBuilding { get; } = all.ToDictionary(c => c.BuildingId, StringComparer.Ordinal);
}
