using System.Diagnostics.CodeAnalysis;

namespace Fascicolo.Domain.FiscalCodes;

public readonly partial record struct FiscalCode
{
    /// <summary>Parses a fiscal code against today's date and <see cref="Birthplaces.Default"/>.</summary>
    /// <exception cref="FiscalCodeFormatException">The input is not a valid fiscal code.</exception>
    public static FiscalCode Parse(string input) => Parse(input, Today(), Birthplaces.Default);

    /// <summary>Parses a fiscal code, resolving the century against <paramref name="referenceDate"/>.</summary>
    /// <exception cref="FiscalCodeFormatException">The input is not a valid fiscal code.</exception>
    public static FiscalCode Parse(string input, DateOnly referenceDate, Birthplaces birthplaces) =>
        TryParse(input, referenceDate, birthplaces, out var code, out var error)
            ? code
            : throw new FiscalCodeFormatException(error);

    /// <summary>Validates a fiscal code against today's date and <see cref="Birthplaces.Default"/>.</summary>
    /// <param name="input">The code; surrounding white space and lower case are accepted.</param>
    /// <param name="code">The parsed code when valid.</param>
    /// <param name="error">The first failing check when invalid; meaningless when the method returns true.</param>
    public static bool TryParse([NotNullWhen(true)] string? input, out FiscalCode code, out FiscalCodeError error) =>
        TryParse(input, Today(), Birthplaces.Default, out code, out error);

    /// <summary>Validates a fiscal code, resolving the century of the birth year against <paramref name="referenceDate"/>.</summary>
    /// <param name="input">The code; surrounding white space and lower case are accepted.</param>
    /// <param name="referenceDate">The birth year is the latest year with the code's two digits that is not after this date's year.</param>
    /// <param name="birthplaces">The municipalities and foreign states to look the birthplace up in.</param>
    /// <param name="code">The parsed code when valid.</param>
    /// <param name="error">The first failing check when invalid; meaningless when the method returns true.</param>
    public static bool TryParse(
        [NotNullWhen(true)] string? input,
        DateOnly referenceDate,
        Birthplaces birthplaces,
        out FiscalCode code,
        out FiscalCodeError error)
    {
        ArgumentNullException.ThrowIfNull(birthplaces);
        code = default;

        var trimmed = input.AsSpan().Trim();
        if (input is null || trimmed.IsEmpty)
        {
            return Fail(FiscalCodeError.Empty, out error);
        }

        if (trimmed.Length != FiscalCodeLayout.Length)
        {
            return Fail(FiscalCodeError.InvalidLength, out error);
        }

        Span<char> issued = stackalloc char[FiscalCodeLayout.Length];
        if (!FiscalCodeLayout.TryNormalize(trimmed, issued))
        {
            return Fail(FiscalCodeError.InvalidFormat, out error);
        }

        Span<char> decoded = stackalloc char[FiscalCodeLayout.Length];
        var isOmocodic = Omocodia.Decode(issued, decoded);

        var month = MonthLetters.MonthOf(decoded[FiscalCodeLayout.MonthIndex]);
        if (month == 0)
        {
            return Fail(FiscalCodeError.InvalidMonth, out error);
        }

        var dayField = TwoDigits(decoded, FiscalCodeLayout.MonthIndex + 1);
        var sex = dayField > 40 ? Sex.Female : Sex.Male;
        var day = sex == Sex.Female ? dayField - 40 : dayField;
        var year = ResolveYear(TwoDigits(decoded, FiscalCodeLayout.MonthIndex - 2), referenceDate.Year);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return Fail(FiscalCodeError.InvalidDay, out error);
        }

        var birthDate = new DateOnly(year, month, day);
        if (!birthplaces.TryGet(decoded.Slice(FiscalCodeLayout.BirthplaceIndex, BelfioreCode.Length), out var birthplace))
        {
            return Fail(FiscalCodeError.UnknownBirthplace, out error);
        }

        if (!birthplace.IsValidOn(birthDate))
        {
            return Fail(FiscalCodeError.BirthplaceNotValidAtBirthDate, out error);
        }

        if (CheckCharacter.Compute(issued[..FiscalCodeLayout.CheckIndex]) != issued[FiscalCodeLayout.CheckIndex])
        {
            return Fail(FiscalCodeError.CheckCharacterMismatch, out error);
        }

        // Reuse the caller's string when it is already canonical: the common case costs no allocation.
        var value = input.Length == FiscalCodeLayout.Length && trimmed.SequenceEqual(issued) ? input : new string(issued);
        var baseCode = value;
        if (isOmocodic)
        {
            decoded[FiscalCodeLayout.CheckIndex] = CheckCharacter.Compute(decoded[..FiscalCodeLayout.CheckIndex]);
            baseCode = new string(decoded);
        }

        code = new FiscalCode(value, baseCode, isOmocodic, birthDate, sex, birthplace.Code);
        error = default;
        return true;
    }

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.Today);

    private static int TwoDigits(ReadOnlySpan<char> code, int index) => ((code[index] - '0') * 10) + (code[index + 1] - '0');

    private static int ResolveYear(int twoDigits, int referenceYear)
    {
        var year = referenceYear - (((referenceYear - twoDigits) % 100) + 100) % 100;

        // Only reference dates in the first century can fall below year 1; keep the date representable.
        return year < DateOnly.MinValue.Year ? year + 100 : year;
    }

    private static bool Fail(FiscalCodeError reason, out FiscalCodeError error)
    {
        error = reason;
        return false;
    }
}
