using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Fascicolo.Domain.FiscalCodes;

/// <summary>The municipalities and foreign states fiscal codes can name as birthplace, by Belfiore code.</summary>
public sealed class Birthplaces
{
    private readonly FrozenDictionary<string, Birthplace>.AlternateLookup<ReadOnlySpan<char>> _byCode;

    /// <summary>Indexes a set of birthplaces; codes are compared case-insensitively.</summary>
    /// <exception cref="ArgumentException">A code is malformed or appears twice.</exception>
    public Birthplaces(IEnumerable<Birthplace> birthplaces)
    {
        ArgumentNullException.ThrowIfNull(birthplaces);

        var byCode = new Dictionary<string, Birthplace>(StringComparer.OrdinalIgnoreCase);
        foreach (var birthplace in birthplaces)
        {
            if (!BelfioreCode.IsWellFormed(birthplace.Code))
            {
                throw new ArgumentException($"'{birthplace.Code}' is not a Belfiore code.", nameof(birthplaces));
            }

            if (!byCode.TryAdd(birthplace.Code, birthplace))
            {
                throw new ArgumentException($"Birthplace code {birthplace.Code} appears twice.", nameof(birthplaces));
            }
        }

        // The parser looks codes up as spans of its stack buffer, so lookups allocate nothing.
        _byCode = byCode.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        var all = byCode.Values.OrderBy(b => b.Code, StringComparer.Ordinal).ToImmutableArray();
        All = all;
        ActiveMunicipalities = all.Where(b => !b.IsForeignState && b.IsActive).ToImmutableArray();
        ForeignStates = all.Where(b => b.IsForeignState).ToImmutableArray();
    }

    /// <summary>
    /// Current and ceased Italian municipalities and foreign states, loaded once from the data
    /// embedded in this assembly (see <c>Data/NOTICE.md</c> for sources and licences).
    /// </summary>
    /// <remarks>
    /// The shipped data has no validity dates, so every known code counts as valid at any birth
    /// date: with it the parser reports <see cref="FiscalCodeError.UnknownBirthplace"/> but never
    /// <see cref="FiscalCodeError.BirthplaceNotValidAtBirthDate"/>.
    /// </remarks>
    public static Birthplaces Default { get; } = BirthplaceCsv.LoadEmbedded();

    /// <summary>Every birthplace, ordered by code.</summary>
    public IReadOnlyList<Birthplace> All { get; }

    /// <summary>Italian municipalities that currently exist, ordered by code.</summary>
    public IReadOnlyList<Birthplace> ActiveMunicipalities { get; }

    /// <summary>Foreign states, current and former, ordered by code.</summary>
    public IReadOnlyList<Birthplace> ForeignStates { get; }

    /// <summary>Looks a birthplace up by its Belfiore code (case-insensitive).</summary>
    public bool TryGet(string code, [MaybeNullWhen(false)] out Birthplace birthplace)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryGet(code.AsSpan(), out birthplace);
    }

    /// <summary>Looks a birthplace up by its Belfiore code (case-insensitive) without allocating.</summary>
    public bool TryGet(ReadOnlySpan<char> code, [MaybeNullWhen(false)] out Birthplace birthplace) =>
        _byCode.TryGetValue(code, out birthplace);
}
