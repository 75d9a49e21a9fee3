using System.Diagnostics.CodeAnalysis;

namespace Fascicolo.Domain.FiscalCodes;

/// <summary>
/// A validated 11-digit fiscal code of a company or public body (for most companies also the VAT
/// number), e.g. Comune di Genova's <c>00856930102</c>.
/// </summary>
public readonly record struct CompanyFiscalCode
{
    /// <summary>Digits in a company fiscal code.</summary>
    public const int Length = 11;

    private const int BaseLength = Length - 1;
    private const long MaxBase = 9_999_999_999;

    private readonly string? _value;

    private CompanyFiscalCode(string value) => _value = value;

    /// <summary>The eleven digits.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Parses a company fiscal code.</summary>
    /// <exception cref="CompanyFiscalCodeFormatException">The input is not a valid company fiscal code.</exception>
    public static CompanyFiscalCode Parse(string input) =>
        TryParse(input, out var code, out var error) ? code : throw new CompanyFiscalCodeFormatException(error);

    /// <summary>Validates a company fiscal code.</summary>
    /// <param name="input">The code; surrounding white space is accepted.</param>
    /// <param name="code">The parsed code when valid.</param>
    /// <param name="error">The first failing check when invalid; meaningless when the method returns true.</param>
    public static bool TryParse([NotNullWhen(true)] string? input, out CompanyFiscalCode code, out CompanyFiscalCodeError error)
    {
        code = default;
        var trimmed = input.AsSpan().Trim();
        if (input is null || trimmed.IsEmpty)
        {
            return Fail(CompanyFiscalCodeError.Empty, out error);
        }

        if (trimmed.Length != Length)
        {
            return Fail(CompanyFiscalCodeError.InvalidLength, out error);
        }

        if (trimmed.ContainsAnyExceptInRange('0', '9'))
        {
            return Fail(CompanyFiscalCodeError.NotNumeric, out error);
        }

        if (CheckDigit(trimmed[..BaseLength]) != trimmed[BaseLength])
        {
            return Fail(CompanyFiscalCodeError.CheckDigitMismatch, out error);
        }

        code = new CompanyFiscalCode(input.Length == Length ? input : trimmed.ToString());
        error = default;
        return true;
    }

    /// <summary>Computes the check digit (11th) from the first ten digits.</summary>
    /// <exception cref="ArgumentException">The span does not hold ten ASCII digits.</exception>
    public static char ComputeCheckDigit(ReadOnlySpan<char> first10)
    {
        if (first10.Length != BaseLength || first10.ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("Expected ten ASCII digits.", nameof(first10));
        }

        return CheckDigit(first10);
    }

    /// <summary>Writes a number as ten zero-padded digits followed by its check digit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is negative or has more than ten digits.</exception>
    public static string Generate(long tenDigitBase)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tenDigitBase);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tenDigitBase, MaxBase);

        return string.Create(Length, tenDigitBase, static (code, number) =>
        {
            for (var i = BaseLength - 1; i >= 0; i--)
            {
                code[i] = (char)('0' + (number % 10));
                number /= 10;
            }

            code[BaseLength] = CheckDigit(code[..BaseLength]);
        });
    }

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value;

    private static char CheckDigit(ReadOnlySpan<char> first10)
    {
        var sum = 0;
        for (var i = 0; i < BaseLength; i++)
        {
            var digit = first10[i] - '0';

            // Index 0 is the 1st (odd) position: odd positions count as they are, even ones doubled.
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    private static bool Fail(CompanyFiscalCodeError reason, out CompanyFiscalCodeError error)
    {
        error = reason;
        return false;
    }
}
