namespace Fascicolo.Domain.SyntheticCity;

/// <summary>
/// A fixed person present in every generated city with the same fiscal code, for demos and
/// end-to-end tests; see <see cref="DemoPersonaKeys"/>.
/// </summary>
/// <param name="Key">The stable key, e.g. <c>parent</c>.</param>
/// <param name="Description">What the persona is for, as a README would list it.</param>
/// <param name="FiscalCode">The persona's fiscal code.</param>
/// <param name="FullName">Given name and surname, e.g. <c>Giulia Parodi</c>.</param>
public sealed record DemoPersona(string Key, string Description, string FiscalCode, string FullName);
