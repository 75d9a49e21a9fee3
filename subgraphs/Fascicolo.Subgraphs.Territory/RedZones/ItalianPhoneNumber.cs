namespace Fascicolo.Subgraphs.Territory.RedZones;

/// <summary>
/// Normalises an Italian phone number to E.164 (<c>+39</c> and the national number). Accepted: the
/// E.164 form, the <c>0039</c> international prefix, or the national number alone, with spaces, dots,
/// hyphens, slashes or brackets anywhere. The national number must be a landline (it starts with
/// 0 and keeps it: <c>010 557 1111</c> → <c>+390105571111</c>) of 6 to 11 digits, or a mobile
/// (starts with 3) of 9 or 10 digits.
/// </summary>
internal static class ItalianPhoneNumber
{
    /// <summary>Italy's country calling code in E.164.</summary>
    public const string CountryPrefix = "+39";

    private const string InternationalPrefix = "0039";
    private const int MaxInputLength = 32;

    /// <summary>Normalises <paramref name="input"/>; on failure, <paramref name="error"/> says why.</summary>
    /// <param name="input">The number as typed.</param>
    /// <param name="e164">The number in E.164 form, e.g. <c>+393471234567</c>; empty on failure.</param>
    /// <param name="error">Why the number was rejected; meaningless on success.</param>
    /// <returns>Whether the number is a valid Italian landline or mobile number.</returns>
    public static bool TryNormalise(string? input, out string e164, out PhoneNumberError error)
    {
        e164 = string.Empty;
        error = default;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = PhoneNumberError.Empty;
            return false;
        }

        if (input.Length > MaxInputLength)
        {
            error = PhoneNumberError.InvalidLength;
            return false;
        }

        var compact = string.Concat(input.Where(c => !IsSeparator(c)));
        string national;
        if (compact.StartsWith('+'))
        {
            if (!compact.StartsWith(CountryPrefix, StringComparison.Ordinal))
            {
                error = compact.Skip(1).All(char.IsAsciiDigit) ? PhoneNumberError.NotItalian : PhoneNumberError.InvalidCharacters;
                return false;
            }

            national = compact[CountryPrefix.Length..];
        }
        else
        {
            national = compact.StartsWith(InternationalPrefix, StringComparison.Ordinal) ? compact[InternationalPrefix.Length..] : compact;
        }

        if (national.Length == 0 || !national.All(char.IsAsciiDigit))
        {
            error = national.Length == 0 ? PhoneNumberError.InvalidLength : PhoneNumberError.InvalidCharacters;
            return false;
        }

        var (min, max) = national[0] switch
        {
            '0' => (6, 11),
            '3' => (9, 10),
            _ => (0, 0),
        };
        if (max == 0)
        {
            error = PhoneNumberError.UnknownPrefix;
            return false;
        }

        if (national.Length < min || national.Length > max)
        {
            error = PhoneNumberError.InvalidLength;
            return false;
        }

        e164 = CountryPrefix + national;
        return true;
    }

    /// <summary>The <c>extensions.reason</c> of an error, e.g. <c>NOT_ITALIAN</c>.</summary>
    public static string ReasonCode(PhoneNumberError error) => error switch
    {
        PhoneNumberError.Empty => "EMPTY",
        PhoneNumberError.InvalidCharacters => "INVALID_CHARACTERS",
        PhoneNumberError.NotItalian => "NOT_ITALIAN",
        PhoneNumberError.UnknownPrefix => "UNKNOWN_PREFIX",
        PhoneNumberError.InvalidLength => "INVALID_LENGTH",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "Unknown phone number error."),
    };

    private static bool IsSeparator(char c) => c is ' ' or '\u00A0' or '-' or '.' or '/' or '(' or ')';
}
