namespace Fascicolo.Domain.SyntheticCity;

/// <summary>One of Genova's nine municipal districts.</summary>
/// <param name="Number">1 to 9, as the city numbers them.</param>
/// <param name="Name">The district's name, e.g. <c>Centro Est</c>.</param>
public sealed record Municipio(int Number, string Name);
