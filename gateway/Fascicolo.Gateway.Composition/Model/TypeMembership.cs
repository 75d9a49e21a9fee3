namespace Fascicolo.Gateway.Composition;

/// <summary>
/// That a type is defined in a subgraph: one per <c>@join__type</c> of the supergraph, so an entity
/// with two keys in one subgraph has two memberships for it.
/// </summary>
/// <param name="Subgraph">The subgraph name (<see cref="SubgraphEndpoint.Name"/>).</param>
/// <param name="Key">The <c>@key</c> this membership declares, or <see langword="null"/> when the type has no key there.</param>
/// <param name="IsExtension">Whether the subgraph only extends the type (<c>extend type</c> or <c>@extends</c>); informative only.</param>
/// <param name="IsResolvable">Whether the subgraph can resolve the type by <see cref="Key"/> through <c>_entities</c> (<c>@key(resolvable: false)</c> makes it false).</param>
/// <param name="IsInterfaceObject">Whether the subgraph holds this interface type as an object type marked <c>@interfaceObject</c>:
/// <c>_entities</c> there takes representations with the interface's name as <c>__typename</c> and the subgraph cannot tell concrete types apart.</param>
public sealed record TypeMembership(string Subgraph, EntityKey? Key, bool IsExtension, bool IsResolvable, bool IsInterfaceObject);
