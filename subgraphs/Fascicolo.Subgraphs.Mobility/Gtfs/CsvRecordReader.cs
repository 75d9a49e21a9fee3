using System.Text;

namespace Fascicolo.Subgraphs.Mobility.Gtfs;

/// <summary>
/// Reads the records of one RFC 4180 CSV file: comma-separated fields, optionally quoted; a quoted
/// field may hold commas, doubled quotes and line breaks; lines end in CRLF, LF or CR. A leading
/// byte order mark is skipped and blank lines are ignored. A quote inside an unquoted field is kept
/// as text (feeds in the wild write <c>Piazza "Dante"</c>); malformed quoting throws
/// <see cref="GtfsFeedException"/> with <see cref="GtfsErrorCodes.MalformedCsv"/> and the line.
/// </summary>
/// <param name="reader">The text; the caller disposes it.</param>
/// <param name="fileName">The file name, for errors.</param>
internal sealed class CsvRecordReader(TextReader reader, string fileName)
{
    private const char ByteOrderMark = '\uFEFF';

    private static readonly System.Buffers.SearchValues<char> FieldEnds = System.Buffers.SearchValues.Create(",\r\n");

    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _field = new();
    private int _length;
    private int _position;
    private int _line = 1;
    private bool _started;

    /// <summary>The file name.</summary>
    public string FileName => fileName;

    /// <summary>The 1-based line the last record read started on.</summary>
    public int RecordLine { get; private set; }

    /// <summary>How many characters have been consumed (for progress).</summary>
    public long CharactersRead { get; private set; }

    /// <summary>Reads the next non-blank record into <paramref name="fields"/>.</summary>
    /// <param name="fields">Cleared, then filled with the record's fields.</param>
    /// <returns>False at the end of the file.</returns>
    public bool TryRead(List<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (!_started)
        {
            _started = true;
            if (Peek() == ByteOrderMark)
            {
                Next();
            }
        }
        while (true)
        {
            fields.Clear();
            var c = Peek();
            if (c < 0)
            {
                return false;
            }
            if (c is '\r' or '\n')
            {
                // A blank line.
                EndOfLine();
                continue;
            }
            RecordLine = _line;
            ReadRecord(fields);
            return true;
        }
    }

    private void ReadRecord(List<string> fields)
    {
        while (true)
        {
            fields.Add(Peek() == '"' ? ReadQuoted() : ReadUnquoted());
            var c = Peek();
            if (c == ',')
            {
                Next();
                continue;
            }
            if (c is '\r' or '\n')
            {
                EndOfLine();
            }
            return;
        }
    }

    private string ReadUnquoted()
    {
        _field.Clear();
        while (true)
        {
            if (_position == _length && !Fill())
            {
                return _field.ToString();
            }
            // Scan the buffer for the field's end rather than a character at a time.
            var rest = _buffer.AsSpan(_position, _length - _position);
            var end = rest.IndexOfAny(FieldEnds);
            var text = end < 0 ? rest : rest[..end];
            if (end >= 0 && _field.Length == 0)
            {
                Consume(text.Length);
                return text.ToString();
            }
            _field.Append(text);
            Consume(text.Length);
            if (end >= 0)
            {
                return _field.ToString();
            }
        }
    }

    private string ReadQuoted()
    {
        var startLine = _line;
        Next();
        _field.Clear();
        while (true)
        {
            var c = Next();
            if (c < 0)
            {
                throw new GtfsFeedException(GtfsErrorCodes.MalformedCsv, fileName, startLine,
                    "a quoted field is not closed before the end of the file.");
            }
            if (c == '"')
            {
                if (Peek() == '"')
                {
                    Next();
                    _field.Append('"');
                    continue;
                }
                var after = Peek();
                if (after is >= 0 and not (',' or '\r' or '\n'))
                {
                    throw new GtfsFeedException(GtfsErrorCodes.MalformedCsv, fileName, _line,
                        $"unexpected '{(char)after}' after the closing quote of a field (a quote inside a quoted field must be doubled).");
                }
                return _field.ToString();
            }
            if (c == '\n' || (c == '\r' && Peek() != '\n'))
            {
                _line++;
            }
            _field.Append((char)c);
        }
    }

    private void EndOfLine()
    {
        if (Next() == '\r' && Peek() == '\n')
        {
            Next();
        }
        _line++;
    }

    private int Peek()
    {
        if (_position == _length && !Fill())
        {
            return -1;
        }
        return _buffer[_position];
    }

    private int Next()
    {
        if (_position == _length && !Fill())
        {
            return -1;
        }
        CharactersRead++;
        return _buffer[_position++];
    }

    private void Consume(int count)
    {
        _position += count;
        CharactersRead += count;
    }

    private bool Fill()
    {
        _length = reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
