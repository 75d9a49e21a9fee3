namespace Fascicolo.Domain.FiscalCodes;

/// <summary>The three letters a surname or a given name contributes to a fiscal code.</summary>
internal static class NameCode
{
    /// <summary>Consonants in order, then vowels, padded with X.</summary>
    public static void WriteSurname(ReadOnlySpan<char> surname, Span<char> destination) =>
        Write(surname, destination, isGivenName: false);

    /// <summary>As for the surname, except that a name with four or more consonants gives its 1st, 3rd and 4th.</summary>
    public static void WriteGivenName(ReadOnlySpan<char> givenName, Span<char> destination) =>
        Write(givenName, destination, isGivenName: true);

    private static void Write(ReadOnlySpan<char> name, Span<char> destination, bool isGivenName)
    {
        Span<char> consonants = stackalloc char[4];
        Span<char> vowels = stackalloc char[3];
        Span<char> folded = stackalloc char[2];
        var consonantCount = 0;
        var vowelCount = 0;
        var enoughConsonants = isGivenName ? consonants.Length : 3;

        foreach (var c in name)
        {
            var letters = LatinLetters.Fold(c, folded);
            for (var i = 0; i < letters; i++)
            {
                var letter = folded[i];
                if (LatinLetters.IsVowel(letter))
                {
                    if (vowelCount < vowels.Length)
                    {
                        vowels[vowelCount++] = letter;
                    }
                }
                else if (consonantCount < consonants.Length)
                {
                    consonants[consonantCount++] = letter;
                }
            }

            if (consonantCount == enoughConsonants)
            {
                // Nothing later in the name can change its three letters any more.
                break;
            }
        }

        if (isGivenName && consonantCount == consonants.Length)
        {
            destination[0] = consonants[0];
            destination[1] = consonants[2];
            destination[2] = consonants[3];
            return;
        }

        var written = 0;
        for (var i = 0; i < consonantCount && written < 3; i++)
        {
            destination[written++] = consonants[i];
        }

        for (var i = 0; i < vowelCount && written < 3; i++)
        {
            destination[written++] = vowels[i];
        }

        while (written < 3)
        {
            destination[written++] = 'X';
        }
    }
}
