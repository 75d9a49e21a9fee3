using System.Globalization;

namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>
/// School codes. State schools carry a Ministry meccanografico code of ten characters: the province
/// (<c>GE</c>), the type (<c>IC</c> istituto comprensivo, <c>AA</c> infanzia, <c>EE</c> primaria,
/// <c>MM</c> secondaria di primo grado), the institute's three-digit number, two digits for the plesso
/// (<c>00</c> for the institute itself) and a check character, e.g. <c>GEIC81200X</c>, <c>GEEE81201…</c>.
/// The Ministry does not publish its check rule: ours is a weighted sum modulo 36. Municipal nurseries
/// and preschools carry the city's own codes: Belfiore code, kind and a three-digit number whose first
/// digit is the municipio, e.g. <c>D969-NIDO-801</c>.
/// </summary>
public static class SchoolCodes
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>The meccanografico type of an istituto comprensivo.</summary>
    public const string InstituteType = "IC";

    /// <summary>The meccanografico type of a state school of <paramref name="order"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Nurseries are never state schools here.</exception>
    public static string StateType(SchoolOrder order) => order switch
    {
        SchoolOrder.Preschool => "AA",
        SchoolOrder.Primary => "EE",
        SchoolOrder.LowerSecondary => "MM",
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, "Nurseries are municipal."),
    };

    /// <summary>A meccanografico code, e.g. <c>State("GE", "EE", 812, 1)</c>.</summary>
    /// <param name="province">The province abbreviation, two letters.</param>
    /// <param name="type">The two-letter type.</param>
    /// <param name="institute">The institute number, 1–999.</param>
    /// <param name="plesso">The plesso number within the institute and type, 0–99 (0 for the institute).</param>
    public static string State(string province, string type, int institute, int plesso)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(institute);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(institute, 999);
        ArgumentOutOfRangeException.ThrowIfNegative(plesso);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(plesso, 99);
        var body = string.Create(CultureInfo.InvariantCulture, $"{province}{type}{institute:D3}{plesso:D2}");
        return body + CheckCharacter(body);
    }

    /// <summary>The check character of the first nine characters of a meccanografico code.</summary>
    public static char CheckCharacter(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            sum += Alphabet.IndexOf(body[i], StringComparison.Ordinal) * (i + 1);
        }

        return Alphabet[sum % Alphabet.Length];
    }

    /// <summary>A municipal school's code, e.g. <c>Municipal("D969", SchoolOrder.Nursery, 8, 1)</c> is <c>D969-NIDO-801</c>.</summary>
    public static string Municipal(string belfioreCode, SchoolOrder order, int municipio, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(municipio, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(municipio, 9);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 99);
        var kind = order switch
        {
            SchoolOrder.Nursery => "NIDO",
            SchoolOrder.Preschool => "INF",
            _ => throw new ArgumentOutOfRangeException(nameof(order), order, "Only nurseries and preschools are municipal."),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{belfioreCode}-{kind}-{municipio}{sequence:D2}");
    }
}
