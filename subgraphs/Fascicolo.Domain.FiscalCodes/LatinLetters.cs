namespace Fascicolo.Domain.FiscalCodes;

/// <summary>Reduces the characters of a name to the letters A–Z a fiscal code is written with.</summary>
internal static class LatinLetters
{
    private const char FirstAccented = '\u00C0';
    private const char LastAccented = '\u024F';

    // Indexed by (c - FirstAccented); empty for characters that stand for no letter (×, ÷).
    private static readonly string[] Folded = BuildFolded();

    /// <summary>Writes the upper-case letters <paramref name="c"/> stands for into <paramref name="destination"/>.</summary>
    /// <returns>How many letters were written: 0 for non-letters (apostrophes, spaces, digits), 1, or 2 for ligatures such as Æ.</returns>
    public static int Fold(char c, Span<char> destination)
    {
        if (char.IsAsciiLetterUpper(c))
        {
            destination[0] = c;
            return 1;
        }

        if (char.IsAsciiLetterLower(c))
        {
            destination[0] = (char)(c - ('a' - 'A'));
            return 1;
        }

        if (c is < FirstAccented or > LastAccented)
        {
            return 0;
        }

        var folded = Folded[c - FirstAccented];
        folded.CopyTo(destination);
        return folded.Length;
    }

    /// <summary>Whether an upper-case letter is a vowel; every other letter counts as a consonant.</summary>
    public static bool IsVowel(char upper) => upper is 'A' or 'E' or 'I' or 'O' or 'U';

    private static string[] BuildFolded()
    {
        // Latin-1 Supplement and Latin Extended-A, plus the Romanian comma-below letters, cover the
        // names found in Italian registries; other scripts are transliterated before registration.
        (string Letters, string Accented)[] groups =
        [
            ("A", "ÀÁÂÃÄÅàáâãäåĀāĂăĄą"),
            ("AE", "Ææ"),
            ("C", "ÇçĆćĈĉĊċČč"),
            ("D", "ÐðĎďĐđ"),
            ("E", "ÈÉÊËèéêëĒēĔĕĖėĘęĚě"),
            ("G", "ĜĝĞğĠġĢģ"),
            ("H", "ĤĥĦħ"),
            ("I", "ÌÍÎÏìíîïĨĩĪīĬĭĮįİı"),
            ("IJ", "Ĳĳ"),
            ("J", "Ĵĵ"),
            ("K", "Ķķĸ"),
            ("L", "ĹĺĻļĽľĿŀŁł"),
            ("N", "ÑñŃńŅņŇňŉŊŋ"),
            ("O", "ÒÓÔÕÖØòóôõöøŌōŎŏŐő"),
            ("OE", "Œœ"),
            ("R", "ŔŕŖŗŘř"),
            ("S", "ŚśŜŝŞşŠšſȘș"),
            ("SS", "ß"),
            ("T", "ŢţŤťŦŧȚț"),
            ("TH", "Þþ"),
            ("U", "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų"),
            ("W", "Ŵŵ"),
            ("Y", "ÝýÿŶŷŸ"),
            ("Z", "ŹźŻżŽž"),
        ];

        var table = new string[LastAccented - FirstAccented + 1];
        Array.Fill(table, string.Empty);
        foreach (var (letters, accented) in groups)
        {
            foreach (var c in accented)
            {
                table[c - FirstAccented] = letters;
            }
        }

        return table;
    }
}
