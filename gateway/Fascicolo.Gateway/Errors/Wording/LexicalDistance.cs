namespace Fascicolo.Gateway.Errors.Wording;

/// <summary>
/// graphql-js's <c>LexicalDistance</c>: the optimal-string-alignment distance between two names,
/// case-insensitive, where a change of case alone counts as one edit. Suggestions depend on it, so it
/// follows graphql-js exactly (the same threshold, the same early exit) rather than GraphQL.NET's variant.
/// </summary>
internal sealed class LexicalDistance
{
    private readonly string _input;
    private readonly string _inputLowerCase;
    private readonly int[][] _rows;

    public LexicalDistance(string input)
    {
        _input = input;
        _inputLowerCase = ToLowerInvariant(input);
        _rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];
    }

    /// <summary>The distance to <paramref name="option"/>, or null when it exceeds <paramref name="threshold"/>.</summary>
    public int? Measure(string option, int threshold)
    {
        if (string.Equals(_input, option, StringComparison.Ordinal))
        {
            return 0;
        }

        var optionLowerCase = ToLowerInvariant(option);
        if (string.Equals(_inputLowerCase, optionLowerCase, StringComparison.Ordinal))
        {
            return 1;
        }

        var a = optionLowerCase;
        var b = _inputLowerCase;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            _rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = _rows[(i - 1) % 3];
            var current = _rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, _rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            // No later row can be smaller than this row's smallest cell.
            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = _rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    // JavaScript's toLowerCase on GraphQL names (ASCII) is the invariant lower case.
    private static string ToLowerInvariant(string text) => text.ToLowerInvariant();
}
