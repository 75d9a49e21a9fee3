using System.Text.RegularExpressions;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>Validates a protocol number given by a client.</summary>
internal static partial class ProtocolNumberArgument
{
    /// <summary>The protocol number, trimmed and upper-cased, when it reads <c>PG/year/seven digits</c>.</summary>
    /// <exception cref="CodedError"><c>INVALID_PROTOCOL_NUMBER</c>.</exception>
    public static string Validate(string input)
    {
        var value = input.Trim().ToUpperInvariant();
        return ProtocolNumberPattern().IsMatch(value)
            ? value
            : throw new CodedError(
                PermitsErrorCodes.InvalidProtocolNumber,
                $"'{input}' is not a protocol number: expected 'PG/', the year, '/' and seven digits, e.g. 'PG/2025/0123456'.");
    }

    [GeneratedRegex("^PG/[0-9]{4}/[0-9]{7}$")]
    private static partial Regex ProtocolNumberPattern();
}
