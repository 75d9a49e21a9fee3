namespace Fascicolo.Domain.FiscalCodes;

/// <summary>The letters that stand for the month of birth.</summary>
internal static class MonthLetters
{
    private const string Letters = "ABCDEHLMPRST";

    /// <summary>The letter of a month 1–12.</summary>
    public static char For(int month) => Letters[month - 1];

    /// <summary>The month 1–12 of an upper-case letter, or 0 when the letter is not a month.</summary>
    public static int MonthOf(char upper) => Letters.IndexOf(upper, StringComparison.Ordinal) + 1;
}
