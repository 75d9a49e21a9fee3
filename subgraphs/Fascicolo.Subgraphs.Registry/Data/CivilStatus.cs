using System.Collections.Frozen;

namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>An ANPR civil status (stato civile) with its English and Italian labels.</summary>
/// <param name="Code">The ANPR code, e.g. <c>2</c>.</param>
/// <param name="Label">The English label, e.g. <c>married</c>.</param>
/// <param name="ItalianLabel">The Italian label as the registry prints it, e.g. <c>coniugato/a</c>.</param>
internal sealed record CivilStatus(int Code, string Label, string ItalianLabel)
{
    private static readonly FrozenDictionary<int, CivilStatus> Known = new CivilStatus[]
    {
        new(1, "single", "celibe/nubile"),
        new(2, "married", "coniugato/a"),
        new(3, "widowed", "vedovo/a"),
        new(4, "divorced", "divorziato/a"),
        new(6, "in a civil union", "unito/a civilmente"),
    }.ToFrozenDictionary(s => s.Code);

    /// <summary>The status for an ANPR code; a code this table does not know keeps its number with a generic label.</summary>
    public static CivilStatus FromCode(int code) =>
        Known.TryGetValue(code, out var status) ? status : new CivilStatus(code, "other", "altro");
}
