using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Fascicolo.Domain.Taxes.Imu;

/// <summary>
/// A cadastral category of the urban cadastre that IMU applies to: groups A (dwellings, A/10
/// offices), B (collective use), C (commercial and ancillary) and D (special purpose), written as
/// <c>A/2</c>. Groups E (exempt by law) and F (no cadastral income) have no IMU multiplier.
/// </summary>
public readonly record struct CadastralCategory
{
    private CadastralCategory(char group, int number)
    {
        Group = group;
        Number = number;
    }

    /// <summary>The group letter: A, B, C or D.</summary>
    public char Group { get; }

    /// <summary>The class within the group, e.g. 2 of A/2.</summary>
    public int Number { get; }

    /// <summary>
    /// The IMU multiplier of the revalued cadastral income (art. 1 c. 745 L. 160/2019): 160 for group
    /// A but A/10 and for C/2, C/6, C/7; 140 for group B and C/3, C/4, C/5; 80 for A/10 and D/5; 65
    /// for the rest of group D; 55 for C/1.
    /// </summary>
    public int ImuMultiplier => (Group, Number) switch
    {
        ('A', 10) => 80,
        ('A', _) => 160,
        ('B', _) => 140,
        ('C', 1) => 55,
        ('C', 2 or 6 or 7) => 160,
        ('C', _) => 140,
        ('D', 5) => 80,
        _ => 65,
    };

    /// <summary>Whether this is a luxury dwelling (A/1, A/8, A/9), taxed even as a main home.</summary>
    public bool IsLuxury => Group == 'A' && Number is 1 or 8 or 9;

    /// <summary>Whether this is a dwelling (group A but the A/10 offices), the only kind of main home.</summary>
    public bool IsDwelling => Group == 'A' && Number != 10;

    /// <summary>Whether a unit of this category can serve a main home as appurtenance (C/2, C/6, C/7).</summary>
    public bool IsAppurtenance => Group == 'C' && Number is 2 or 6 or 7;

    /// <summary>Whether this is group D (productive buildings), whose standard-rate share goes to the State.</summary>
    public bool IsGroupD => Group == 'D';

    /// <summary>Parses a category such as <c>A/2</c>.</summary>
    /// <exception cref="FormatException">Not a category of groups A–D.</exception>
    public static CadastralCategory Parse(string text) =>
        TryParse(text, out var category) ? category : throw new FormatException($"'{text}' is not a cadastral category of groups A-D (e.g. 'A/2').");

    /// <summary>Parses a category such as <c>A/2</c>, surrounding white space and letter case ignored.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CadastralCategory category)
    {
        category = default;
        var trimmed = text?.Trim().ToUpperInvariant();
        if (trimmed is not { Length: 3 or 4 } || trimmed[1] != '/'
            || !int.TryParse(trimmed.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }
        var highest = trimmed[0] switch { 'A' => 11, 'B' => 8, 'C' => 7, 'D' => 10, _ => 0 };
        if (number < 1 || number > highest || (trimmed.Length == 4 && trimmed[2] == '0'))
        {
            return false;
        }
        category = new CadastralCategory(trimmed[0], number);
        return true;
    }

    /// <summary>The category as the cadastre writes it, e.g. <c>A/2</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Group}/{Number}");
}
