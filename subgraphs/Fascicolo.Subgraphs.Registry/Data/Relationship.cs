using System.Collections.Frozen;

namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>An ANPR relationship of a household member to the head (rapporto di parentela), with labels.</summary>
/// <param name="Code">The ANPR code, e.g. <c>3</c>.</param>
/// <param name="Label">The English label, e.g. <c>child</c>.</param>
/// <param name="ItalianLabel">The Italian label as the registry prints it, e.g. <c>figlio/a</c>.</param>
internal sealed record Relationship(int Code, string Label, string ItalianLabel)
{
    private static readonly FrozenDictionary<int, Relationship> Known = new Relationship[]
    {
        new(1, "head", "intestatario scheda"),
        new(2, "spouse", "marito/moglie"),
        new(3, "child", "figlio/a"),
        new(4, "grandchild", "nipote"),
        new(6, "parent", "padre/madre"),
        new(7, "grandparent", "nonno/a"),
        new(9, "sibling", "fratello/sorella"),
        new(16, "son- or daughter-in-law", "genero/nuora"),
        new(17, "parent-in-law", "suocero/a"),
        new(23, "cohabitant", "convivente"),
        new(28, "civil partner", "unito/a civilmente"),
    }.ToFrozenDictionary(r => r.Code);

    /// <summary>The relationship for an ANPR code; a code this table does not know keeps its number with a generic label.</summary>
    public static Relationship FromCode(int code) =>
        Known.TryGetValue(code, out var relationship) ? relationship : new Relationship(code, "other", "altro");
}
