using CsCheck;

namespace Fascicolo.Domain.FiscalCodes.Tests;

/// <summary>CsCheck generators of personal data the fiscal code must round-trip.</summary>
internal static class Generators
{
    /// <summary>A fixed "today", so that the century rule gives the same answer on every run.</summary>
    public static readonly DateOnly ReferenceDate = new(2025, 6, 30);

    public const int Iterations = 100_000;

    // Letters with and without accents, ligatures, apostrophes, spaces and hyphens, as registries hold them.
    private const string NameCharacters =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzàèéìòùÀÈÉÌÒÙäöüçñßøæœșțÿ' -’";

    public static readonly Gen<string> Name = Gen.String[Gen.Char[NameCharacters], 0, 24];

    // Within a hundred years up to the reference year, the two-digit year resolves to the true year.
    public static readonly Gen<DateOnly> BirthDate =
        Gen.DateOnly[new DateOnly(ReferenceDate.Year - 99, 1, 1), new DateOnly(ReferenceDate.Year, 12, 31)];

    public static readonly Gen<Birthplace> Birthplace =
        Gen.Int[0, Birthplaces.Default.All.Count - 1].Select(i => Birthplaces.Default.All[i]);

    public static readonly Gen<PersonalData> PersonalData =
        Gen.Select(Name, Name, BirthDate, Gen.Enum<Sex>(), Birthplace, (surname, givenName, birthDate, sex, birthplace) =>
            new PersonalData(surname, givenName, birthDate, sex, birthplace.Code));

    /// <summary>The characters the layout allows at a 0-based position of a fiscal code.</summary>
    public static string AllowedAt(int index) => index switch
    {
        6 or 7 or 9 or 10 or 12 or 13 or 14 => "0123456789LMNPQRSTUV",
        8 => "ABCDEHLMPRST",
        _ => "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    };

    public static FiscalCode ParseAtReferenceDate(string code) =>
        FiscalCode.Parse(code, ReferenceDate, Birthplaces.Default);
}
