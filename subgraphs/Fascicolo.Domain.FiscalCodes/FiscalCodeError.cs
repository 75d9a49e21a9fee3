namespace Fascicolo.Domain.FiscalCodes;

/// <summary>
/// Why a string is not a valid person's fiscal code. Checks run in the order of the members, and
/// the first failing one is reported.
/// </summary>
public enum FiscalCodeError
{
    /// <summary>The input is null, empty or only white space.</summary>
    Empty,

    /// <summary>The trimmed input does not have 16 characters.</summary>
    InvalidLength,

    /// <summary>A character is not a letter, or not a digit or omocodia letter, where the layout needs one.</summary>
    InvalidFormat,

    /// <summary>The 9th character is not one of the month letters <c>ABCDEHLMPRST</c>.</summary>
    InvalidMonth,

    /// <summary>The day is not 01–31 or 41–71, or is not a day of that month and year (e.g. 30 February).</summary>
    InvalidDay,

    /// <summary>The birthplace code is neither a known municipality nor a known foreign state.</summary>
    UnknownBirthplace,

    /// <summary>The birthplace code is known but was not in force on the date of birth.</summary>
    BirthplaceNotValidAtBirthDate,

    /// <summary>The 16th character does not match the one computed from the first fifteen.</summary>
    CheckCharacterMismatch,
}
