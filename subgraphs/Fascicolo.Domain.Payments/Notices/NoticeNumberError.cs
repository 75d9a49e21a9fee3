namespace Fascicolo.Domain.Payments.Notices;

/// <summary>
/// Why a string is not a valid pagoPA notice number (NAV). Checks run in the order of the members,
/// and the first failing one is reported.
/// </summary>
public enum NoticeNumberError
{
    /// <summary>The input is null, empty or only white space.</summary>
    Empty,

    /// <summary>Without its spaces, the input does not have 18 characters.</summary>
    InvalidLength,

    /// <summary>A character other than a space is not an ASCII digit.</summary>
    NotNumeric,

    /// <summary>The first digit (aux digit) is not 3, the only one this hub issues.</summary>
    UnsupportedAuxDigit,

    /// <summary>The last two digits are not the remainder of the first sixteen divided by 93.</summary>
    CheckDigitsMismatch,
}
