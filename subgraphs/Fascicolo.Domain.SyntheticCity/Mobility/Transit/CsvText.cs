using System.Text;

namespace Fascicolo.Domain.SyntheticCity.Mobility.Transit;

/// <summary>Writes one RFC 4180 CSV file: CRLF line ends, fields quoted only when they hold a comma, a quote or a line break.</summary>
internal sealed class CsvText
{
    private readonly StringBuilder _text = new();

    /// <summary>Starts the file with its header.</summary>
    public CsvText(params string[] header) => Row(header);

    /// <summary>Appends a record; a null field is written empty.</summary>
    public CsvText Row(params string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(',');
            }
            var field = fields[i] ?? string.Empty;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                _text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                _text.Append(field);
            }
        }
        _text.Append("\r\n");
        return this;
    }

    /// <inheritdoc/>
    public override string ToString() => _text.ToString();
}
