using Fascicolo.Gateway.Documents;
using GraphQLParser;

namespace Fascicolo.Gateway.Errors;

/// <summary>Converts between character offsets in a document and the 1-based line/column pairs of error <c>locations</c>.</summary>
internal static class SourcePositions
{
    /// <summary>
    /// The location of <paramref name="offset"/> as graphql-js's <c>getLocation</c> computes it: lines end
    /// at <c>\r\n</c>, <c>\n</c> or <c>\r</c>; the end of the text is a position too.
    /// </summary>
    public static ErrorLocation Locate(ROM source, int offset)
    {
        var span = source.Span;
        offset = Math.Clamp(offset, 0, span.Length);
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (span[i] == '\n' || (span[i] == '\r' && (i + 1 >= span.Length || span[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new ErrorLocation(line, offset - lineStart + 1);
    }

    /// <summary>The offset GraphQL-Parser's <see cref="Location"/> points at (the inverse of <c>Location.FromLinearPosition</c>).</summary>
    public static int OffsetOf(ROM source, Location location)
    {
        var span = source.Span;
        var line = 1;
        var i = 0;
        for (; i < span.Length && line < location.Line; i++)
        {
            if (span[i] == '\n' || (span[i] == '\r' && (i + 1 >= span.Length || span[i + 1] != '\n')))
            {
                line++;
            }
        }

        return Math.Clamp(i + location.Column - 1, 0, span.Length);
    }
}
