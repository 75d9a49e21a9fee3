namespace Fascicolo.Domain.FiscalCodes;

/// <summary>Stable codes and messages for <see cref="CompanyFiscalCodeError"/>, as returned to API clients.</summary>
public static class CompanyFiscalCodeErrorCodes
{
    /// <summary>The stable machine-readable code, e.g. <c>CHECK_DIGIT_MISMATCH</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member.</exception>
    public static string ToCode(this CompanyFiscalCodeError error) => error switch
    {
        CompanyFiscalCodeError.Empty => "EMPTY",
        CompanyFiscalCodeError.InvalidLength => "INVALID_LENGTH",
        CompanyFiscalCodeError.NotNumeric => "NOT_NUMERIC",
        CompanyFiscalCodeError.CheckDigitMismatch => "CHECK_DIGIT_MISMATCH",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };

    /// <summary>A sentence for people that says what is wrong with the code.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member.</exception>
    public static string Describe(this CompanyFiscalCodeError error) => error switch
    {
        CompanyFiscalCodeError.Empty => "The fiscal code is empty.",
        CompanyFiscalCodeError.InvalidLength => "A company's fiscal code has 11 digits.",
        CompanyFiscalCodeError.NotNumeric => "A company's fiscal code has only digits.",
        CompanyFiscalCodeError.CheckDigitMismatch =>
            "The check digit (11th) does not match the first ten digits: the code probably has a typo.",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };
}
