using System.Globalization;

namespace Fascicolo.Gateway.Identity;

/// <summary>
/// The level of assurance of a sign-in from the token's <c>acr</c>: SPID levels 1–3 as AgID names them
/// (<c>https://www.spid.gov.it/SpidL2</c>, or <c>SpidL2</c> alone) and CIE levels the same way
/// (CIE sign-ins carry the SPID URIs; <c>CieL2</c> is also read). Anything else is level 0.
/// </summary>
internal static class AssuranceLevels
{
    private const string SpidBase = "https://www.spid.gov.it/";

    /// <summary>The level named by <paramref name="acr"/>: 1–3, or 0 when absent or unknown.</summary>
    public static int Parse(string? acr)
    {
        if (string.IsNullOrWhiteSpace(acr))
        {
            return 0;
        }

        var value = acr.AsSpan().Trim();
        var lastSeparator = value.LastIndexOfAny('/', ':');
        var name = lastSeparator >= 0 ? value[(lastSeparator + 1)..] : value;
        foreach (var prefix in (ReadOnlySpan<string>)["SpidL", "CieL"])
        {
            if (name.Length == prefix.Length + 1
                && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && name[^1] is >= '1' and <= '3')
            {
                return name[^1] - '0';
            }
        }

        return 0;
    }

    /// <summary>The SPID URI of <paramref name="level"/> (1–3), as the development issuer writes it.</summary>
    public static string SpidUri(int level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        return SpidBase + "SpidL" + level.ToString(CultureInfo.InvariantCulture);
    }
}
