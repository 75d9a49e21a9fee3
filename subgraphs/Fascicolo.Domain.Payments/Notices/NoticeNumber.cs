using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Fascicolo.Domain.Payments.Notices;

/// <summary>
/// A validated pagoPA notice number (numero avviso, NAV) with aux digit 3: 18 digits =
/// aux digit <c>3</c> + the IUV, where IUV (17 digits) = segregation code (2) + IUV base (13) +
/// check digits (2, see <see cref="IuvCheckDigits"/>). E.g. <c>301000000000000144</c>.
/// </summary>
public readonly record struct NoticeNumber
{
    /// <summary>Digits in a notice number.</summary>
    public const int Length = 18;

    /// <summary>Digits in an IUV.</summary>
    public const int IuvLength = 17;

    /// <summary>The aux digit of every notice this hub issues: one IUV per creditor, segregated by code.</summary>
    public const char Aux = '3';

    /// <summary>The largest segregation code.</summary>
    public const int MaxSegregationCode = 99;

    /// <summary>The largest IUV base (13 digits).</summary>
    public const long MaxIuvBase = 9_999_999_999_999;

    private readonly string? _value;

    private NoticeNumber(string value) => _value = value;

    /// <summary>The eighteen digits, without spaces.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The IUV: the notice number without its aux digit (17 digits).</summary>
    public string Iuv => Value.Length == Length ? Value[1..] : string.Empty;

    /// <summary>The segregation code (digits 2–3), which the creditor assigns to one of its IUV series.</summary>
    public int SegregationCode => Value.Length == Length ? ((Value[1] - '0') * 10) + (Value[2] - '0') : 0;

    /// <summary>The IUV base (digits 4–16), unique within a segregation code.</summary>
    public string IuvBase => Value.Length == Length ? Value[3..16] : string.Empty;

    /// <summary>The check digits (digits 17–18).</summary>
    public string CheckDigits => Value.Length == Length ? Value[16..] : string.Empty;

    /// <summary>The number as printed on a paper notice: groups of four digits, e.g. <c>3010 0000 0000 0001 44</c>.</summary>
    public string Display => Value.Length == Length
        ? string.Join(' ', Value[..4], Value[4..8], Value[8..12], Value[12..16], Value[16..])
        : string.Empty;

    /// <summary>Issues the notice number of an IUV base in a segregation code, computing the check digits.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The segregation code is outside 0–99 or the base outside 0–9,999,999,999,999.</exception>
    public static NoticeNumber Create(int segregationCode, long iuvBase)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(segregationCode);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(segregationCode, MaxSegregationCode);
        ArgumentOutOfRangeException.ThrowIfNegative(iuvBase);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(iuvBase, MaxIuvBase);

        var checkedPart = string.Create(CultureInfo.InvariantCulture, $"{Aux}{segregationCode:D2}{iuvBase:D13}");
        var check = IuvCheckDigits.Compute(checkedPart);
        return new NoticeNumber(string.Create(CultureInfo.InvariantCulture, $"{checkedPart}{check:D2}"));
    }

    /// <summary>Parses a notice number.</summary>
    /// <exception cref="NoticeNumberFormatException">The input is not a valid notice number.</exception>
    public static NoticeNumber Parse(string input) =>
        TryParse(input, out var notice, out var error) ? notice : throw new NoticeNumberFormatException(error);

    /// <summary>The notice number of an IUV (aux digit 3 prepended), validated.</summary>
    /// <exception cref="NoticeNumberFormatException">The IUV is not seventeen digits with valid check digits.</exception>
    public static NoticeNumber FromIuv(string iuv)
    {
        ArgumentNullException.ThrowIfNull(iuv);
        return Parse(Aux + iuv);
    }

    /// <summary>Validates a notice number.</summary>
    /// <param name="input">The number; spaces (as printed on paper notices) are ignored.</param>
    /// <param name="notice">The parsed number when valid.</param>
    /// <param name="error">The first failing check when invalid; meaningless when the method returns true.</param>
    public static bool TryParse([NotNullWhen(true)] string? input, out NoticeNumber notice, out NoticeNumberError error)
    {
        notice = default;
        if (string.IsNullOrWhiteSpace(input))
        {
            return Fail(NoticeNumberError.Empty, out error);
        }

        var digits = input.Contains(' ', StringComparison.Ordinal) ? input.Replace(" ", string.Empty, StringComparison.Ordinal) : input;
        if (digits.Length != Length)
        {
            return Fail(NoticeNumberError.InvalidLength, out error);
        }

        if (digits.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return Fail(NoticeNumberError.NotNumeric, out error);
        }

        if (digits[0] != Aux)
        {
            return Fail(NoticeNumberError.UnsupportedAuxDigit, out error);
        }

        var expected = IuvCheckDigits.Compute(digits.AsSpan(0, IuvCheckDigits.CheckedLength));
        if (((digits[16] - '0') * 10) + (digits[17] - '0') != expected)
        {
            return Fail(NoticeNumberError.CheckDigitsMismatch, out error);
        }

        notice = new NoticeNumber(digits);
        error = default;
        return true;
    }

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value;

    private static bool Fail(NoticeNumberError reason, out NoticeNumberError error)
    {
        error = reason;
        return false;
    }
}
