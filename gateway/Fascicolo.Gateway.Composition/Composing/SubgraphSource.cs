namespace Fascicolo.Gateway.Composition;

/// <summary>A subgraph to compose: its name, its SDL (as <c>_service { sdl }</c> returns it) and its endpoint.</summary>
/// <param name="Name">The subgraph name; becomes <see cref="SubgraphEndpoint.Name"/>.</param>
/// <param name="Sdl">The subgraph schema: Federation 2 (with <c>@link</c> to the federation spec) or Federation 1.</param>
/// <param name="Url">The subgraph endpoint, or <see langword="null"/> when not known yet.</param>
public sealed record SubgraphSource(string Name, string Sdl, Uri? Url = null);
