namespace Fascicolo.Domain.FiscalCodes;

/// <summary>A municipality or foreign state that can appear as the birthplace in a fiscal code.</summary>
/// <param name="Code">Belfiore (cadastral) code, e.g. <c>D969</c>; <c>Zxxx</c> for a foreign state.</param>
/// <param name="Name">Current or last denomination, upper case as in the national archives (e.g. <c>GENOVA</c>).</param>
/// <param name="Province">Province (sigla automobilistica) of the current or last denomination; null for a foreign state.</param>
/// <param name="IsForeignState">Whether the code stands for a foreign state (<c>Z</c> codes).</param>
/// <param name="ValidFrom">First day the code was in force, when known.</param>
/// <param name="ValidTo">Last day the code was in force, when known.</param>
/// <param name="IsActive">Whether the municipality or state still exists under this code.</param>
public sealed record Birthplace(
    string Code,
    string Name,
    string? Province,
    bool IsForeignState,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    bool IsActive)
{
    /// <summary>Other denominations the code has had (former names, aliases), in no particular order.</summary>
    public IReadOnlyList<string> OtherNames { get; init; } = [];

    /// <summary>Whether the code was in force on <paramref name="date"/>; a missing bound does not restrict.</summary>
    public bool IsValidOn(DateOnly date) =>
        (ValidFrom is not { } from || date >= from) && (ValidTo is not { } to || date <= to);
}
