namespace Fascicolo.Domain.Payments.Notices;

/// <summary>Stable codes and messages for <see cref="NoticeNumberError"/>, as returned to API clients.</summary>
public static class NoticeNumberErrorCodes
{
    /// <summary>The stable machine-readable code, e.g. <c>CHECK_DIGITS_MISMATCH</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member.</exception>
    public static string ToCode(this NoticeNumberError error) => error switch
    {
        NoticeNumberError.Empty => "EMPTY",
        NoticeNumberError.InvalidLength => "INVALID_LENGTH",
        NoticeNumberError.NotNumeric => "NOT_NUMERIC",
        NoticeNumberError.UnsupportedAuxDigit => "UNSUPPORTED_AUX_DIGIT",
        NoticeNumberError.CheckDigitsMismatch => "CHECK_DIGITS_MISMATCH",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };

    /// <summary>A sentence for people that says what is wrong with the notice number.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member.</exception>
    public static string Describe(this NoticeNumberError error) => error switch
    {
        NoticeNumberError.Empty => "The notice number is empty.",
        NoticeNumberError.InvalidLength => "A notice number (codice avviso) has 18 digits.",
        NoticeNumberError.NotNumeric => "A notice number has only digits (spaces between groups are allowed).",
        NoticeNumberError.UnsupportedAuxDigit => "The notice number must start with the aux digit 3.",
        NoticeNumberError.CheckDigitsMismatch =>
            "The check digits (last two) do not match the first sixteen digits: the number probably has a typo.",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };
}
