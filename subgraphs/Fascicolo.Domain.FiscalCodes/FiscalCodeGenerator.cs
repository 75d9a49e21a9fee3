namespace Fascicolo.Domain.FiscalCodes;

/// <summary>Computes fiscal codes from personal data, and their omocodic variants.</summary>
public static class FiscalCodeGenerator
{
    /// <summary>Computes the 16-character fiscal code of a person.</summary>
    /// <remarks>
    /// The birthplace code must be well formed (a letter and three digits) but is not looked up,
    /// so that codes can be computed for birthplaces missing from the shipped data.
    /// </remarks>
    /// <exception cref="ArgumentException">A name is null, the birthplace code is malformed or the sex is undefined.</exception>
    public static string Generate(PersonalData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(data.Surname, nameof(data));
        ArgumentNullException.ThrowIfNull(data.GivenName, nameof(data));
        if (!BelfioreCode.IsWellFormed(data.BirthplaceCode))
        {
            throw new ArgumentException($"'{data.BirthplaceCode}' is not a Belfiore code (a letter and three digits).", nameof(data));
        }

        if (data.Sex is not (Sex.Male or Sex.Female))
        {
            throw new ArgumentException($"Undefined sex {data.Sex}.", nameof(data));
        }

        return string.Create(FiscalCodeLayout.Length, data, static (code, person) => Write(person, code));
    }

    /// <summary>
    /// Returns the omocodic variant of a code at a level: the <paramref name="level"/> rightmost digit
    /// positions (0-based 14, 13, 12, 10, 9, 7, 6 in that order) hold letters, the others digits,
    /// and the check character is recomputed.
    /// </summary>
    /// <param name="code">A code with the layout of a fiscal code, omocodic or not; its check character is ignored.</param>
    /// <param name="level">How many positions to substitute, 1–7.</param>
    /// <exception cref="ArgumentException">The code does not have the layout of a fiscal code.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The level is not 1–7.</exception>
    public static string ApplyOmocodia(string code, int level)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, Omocodia.MaxLevel);

        var trimmed = code.AsSpan().Trim();
        Span<char> buffer = stackalloc char[FiscalCodeLayout.Length];
        if (trimmed.Length != FiscalCodeLayout.Length || !FiscalCodeLayout.TryNormalize(trimmed, buffer))
        {
            throw new ArgumentException($"'{code}' does not have the layout of a fiscal code.", nameof(code));
        }

        // Start from the base code so that the result depends only on the person and the level.
        _ = Omocodia.Decode(buffer, buffer);
        foreach (var position in Omocodia.Positions[..level])
        {
            buffer[position] = Omocodia.LetterFor(buffer[position]);
        }

        buffer[FiscalCodeLayout.CheckIndex] = CheckCharacter.Compute(buffer[..FiscalCodeLayout.CheckIndex]);
        return new string(buffer);
    }

    /// <summary>Computes the check character (16th) from the first fifteen characters of a code.</summary>
    /// <param name="first15">Fifteen ASCII letters or digits; lower case is accepted.</param>
    /// <exception cref="ArgumentException">The span does not hold fifteen ASCII letters or digits.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first15)
    {
        var check = first15.Length == FiscalCodeLayout.CheckIndex ? CheckCharacter.Compute(first15) : '\0';
        return check != '\0'
            ? check
            : throw new ArgumentException("Expected fifteen ASCII letters or digits.", nameof(first15));
    }

    private static void Write(PersonalData person, Span<char> code)
    {
        NameCode.WriteSurname(person.Surname, code[..3]);
        NameCode.WriteGivenName(person.GivenName, code[3..6]);

        var year = person.BirthDate.Year % 100;
        code[6] = (char)('0' + (year / 10));
        code[7] = (char)('0' + (year % 10));
        code[8] = MonthLetters.For(person.BirthDate.Month);

        var day = person.BirthDate.Day + (person.Sex == Sex.Female ? 40 : 0);
        code[9] = (char)('0' + (day / 10));
        code[10] = (char)('0' + (day % 10));

        var birthplace = person.BirthplaceCode;
        code[11] = char.ToUpperInvariant(birthplace[0]);
        code[12] = birthplace[1];
        code[13] = birthplace[2];
        code[14] = birthplace[3];

        code[15] = CheckCharacter.Compute(code[..15]);
    }
}
