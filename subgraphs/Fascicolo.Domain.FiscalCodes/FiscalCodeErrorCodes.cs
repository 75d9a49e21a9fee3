namespace Fascicolo.Domain.FiscalCodes;

/// <summary>Stable codes and messages for <see cref="FiscalCodeError"/>, as returned to API clients.</summary>
public static class FiscalCodeErrorCodes
{
    /// <summary>The stable machine-readable code, e.g. <c>CHECK_CHARACTER_MISMATCH</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member.</exception>
    public static string ToCode(this FiscalCodeError error) => error switch
    {
        FiscalCodeError.Empty => "EMPTY",
        FiscalCodeError.InvalidLength => "INVALID_LENGTH",
        FiscalCodeError.InvalidFormat => "INVALID_FORMAT",
        FiscalCodeError.InvalidMonth => "INVALID_MONTH",
        FiscalCodeError.InvalidDay => "INVALID_DAY",
        FiscalCodeError.UnknownBirthplace => "UNKNOWN_BIRTHPLACE",
        FiscalCodeError.BirthplaceNotValidAtBirthDate => "BIRTHPLACE_NOT_VALID_AT_BIRTH_DATE",
        FiscalCodeError.CheckCharacterMismatch => "CHECK_CHARACTER_MISMATCH",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };

    /// <summary>A sentence for people that says what is wrong with the code.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member.</exception>
    public static string Describe(this FiscalCodeError error) => error switch
    {
        FiscalCodeError.Empty => "The fiscal code is empty.",
        FiscalCodeError.InvalidLength => "A person's fiscal code has 16 characters.",
        FiscalCodeError.InvalidFormat =>
            "The fiscal code must be six letters, two year digits, a month letter, two day digits, a letter and three digits for the birthplace, and a check letter.",
        FiscalCodeError.InvalidMonth => "The month letter (9th character) must be one of A B C D E H L M P R S T.",
        FiscalCodeError.InvalidDay =>
            "The day (10th and 11th characters) must be 01–31, or 41–71 for women, and exist in that month.",
        FiscalCodeError.UnknownBirthplace =>
            "The birthplace code (12th to 15th characters) is not a known municipality or foreign state.",
        FiscalCodeError.BirthplaceNotValidAtBirthDate => "The birthplace code was not in force on the date of birth.",
        FiscalCodeError.CheckCharacterMismatch =>
            "The check character (16th) does not match the first fifteen characters: the code probably has a typo.",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };
}
