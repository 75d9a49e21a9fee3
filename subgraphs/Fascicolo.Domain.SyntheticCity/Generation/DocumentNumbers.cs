using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>
/// Makes document numbers unique across the city. Documents are drawn in parallel, so two may
/// get the same number; walking the residents in order, a number seen before is redrawn (same
/// series, new serial) from a stream of the holder's own, which keeps the outcome deterministic.
/// </summary>
internal sealed class DocumentNumbers(int residents)
{
    // Most residents hold one document, many two.
    private readonly HashSet<string> _issued = new(residents * 3 / 2, StringComparer.Ordinal);

    /// <summary>
    /// Reserves the numbers of <paramref name="resident"/>'s documents and returns the resident,
    /// or a copy with new numbers where one was taken, drawn from the <paramref name="renumbering"/>
    /// stream of member <paramref name="member"/> of <paramref name="household"/>.
    /// </summary>
    public Resident Reserve(Resident resident, HouseholdDraft household, int member, StreamKey renumbering)
    {
        IdentityDocument[]? documents = null;
        SplitMix64? random = null;
        for (var i = 0; i < resident.Documents.Count; i++)
        {
            var document = resident.Documents[i];
            var number = document.Number;
            while (!_issued.Add(number))
            {
                random ??= household.Open(renumbering, member);
                number = Renumber(number, random);
            }

            if (!ReferenceEquals(number, document.Number))
            {
                documents ??= [.. resident.Documents];
                documents[i] = document with { Number = number };
            }
        }

        return documents is null ? resident : resident with { Documents = documents };
    }

    /// <summary>Fills a serial: <paramref name="digits"/> digits, then letters to the end of <paramref name="serial"/>.</summary>
    public static void FillSerial(Span<char> serial, int digits, SplitMix64 random)
    {
        for (var i = 0; i < serial.Length; i++)
        {
            serial[i] = i < digits ? (char)('0' + random.Next(10)) : Letter(random);
        }
    }

    /// <summary>A random letter A–Z.</summary>
    public static char Letter(SplitMix64 random) => (char)('A' + random.Next(26));

    private static string Renumber(string number, SplitMix64 random)
    {
        // The first two characters are the series; the serial after them is digits, then letters.
        var digits = 0;
        while (2 + digits < number.Length && char.IsAsciiDigit(number[2 + digits]))
        {
            digits++;
        }

        Span<char> renumbered = stackalloc char[number.Length];
        number.AsSpan(0, 2).CopyTo(renumbered);
        FillSerial(renumbered[2..], digits, random);
        return new string(renumbered);
    }
}
