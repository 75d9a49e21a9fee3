namespace Fascicolo.Domain.FiscalCodes;

/// <summary>
/// Why a string is not a valid company fiscal code. Checks run in the order of the members, and
/// the first failing one is reported.
/// </summary>
public enum CompanyFiscalCodeError
{
    /// <summary>The input is null, empty or only white space.</summary>
    Empty,

    /// <summary>The trimmed input does not have 11 characters.</summary>
    InvalidLength,

    /// <summary>A character is not an ASCII digit.</summary>
    NotNumeric,

    /// <summary>The 11th digit does not match the one computed from the first ten.</summary>
    CheckDigitMismatch,
}
