namespace Fascicolo.Gateway.Composition;

/// <summary>
/// A specification the supergraph links with <c>@link</c> besides <c>link</c> and <c>join</c>
/// (e.g. <c>inaccessible</c>, <c>tag</c>, or a custom spec of composed directives).
/// </summary>
/// <param name="Url">The spec URL, e.g. <c>https://specs.apollo.dev/tag/v0.3</c>.</param>
/// <param name="As">The <c>as:</c> rename of the spec, or <see langword="null"/>.</param>
/// <param name="Purpose">The <c>for:</c> purpose (<c>SECURITY</c> or <c>EXECUTION</c>), or <see langword="null"/>.</param>
/// <param name="Imports">The <c>import:</c> entries as written (e.g. <c>@foo</c>), each with its local rename or <see langword="null"/>.</param>
public sealed record SpecLink(string Url, string? As, string? Purpose, IReadOnlyList<SpecImport> Imports);

/// <summary>One <c>import:</c> entry of a <c>@link</c>.</summary>
/// <param name="Name">The element name in the spec, with <c>@</c> for directives.</param>
/// <param name="As">The local name, or <see langword="null"/> when imported under its own name.</param>
public sealed record SpecImport(string Name, string? As);
