namespace Fascicolo.Gateway.Errors.Wording;

/// <summary>
/// graphql-js's <c>naturalCompare</c>: runs of digits compare by their numeric value, everything else
/// by UTF-16 code unit, so suggestions come out in the order graphql-js prints them ("a2" before "a10").
/// </summary>
internal sealed class NaturalOrder : IComparer<string>
{
    /// <summary>The one instance: the comparer has no state.</summary>
    public static readonly NaturalOrder Instance = new();

    private NaturalOrder()
    {
    }

    public int Compare(string? x, string? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                // graphql-js stops a run after a leading zero ("0" then "7" for "07"); the same here.
                var a = ReadRun(x, ref i);
                var b = ReadRun(y, ref j);
                if (a != b)
                {
                    return a < b ? -1 : 1;
                }
            }
            else
            {
                if (x[i] != y[j])
                {
                    return x[i] < y[j] ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return x.Length - y.Length;
    }

    private static double ReadRun(string text, ref int index)
    {
        double value = 0;
        do
        {
            value = (value * 10) + (text[index] - '0');
            index++;
        }
        while (index < text.Length && char.IsAsciiDigit(text[index]) && value > 0);

        return value;
    }
}
