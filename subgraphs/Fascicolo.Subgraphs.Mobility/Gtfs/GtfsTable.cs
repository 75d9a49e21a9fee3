namespace Fascicolo.Subgraphs.Mobility.Gtfs;

/// <summary>
/// One GTFS file read row by row: its header names the columns (in any order; unknown columns are
/// ignored, optional ones may be absent), and each row gives typed access to its fields with errors
/// that name the file, the line and the column.
/// </summary>
internal sealed class GtfsTable
{
    private readonly CsvRecordReader _reader;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly List<string> _fields = [];

    /// <summary>Reads the header.</summary>
    /// <exception cref="GtfsFeedException">The file is empty (no header).</exception>
    public GtfsTable(CsvRecordReader reader)
    {
        _reader = reader;
        if (!reader.TryRead(_fields))
        {
            throw new GtfsFeedException(GtfsErrorCodes.MissingColumn, reader.FileName, 1, "the file has no header line.");
        }
        for (var i = 0; i < _fields.Count; i++)
        {
            // Header names are matched exactly after trimming, as the specification's names are lower case.
            _columns.TryAdd(_fields[i].Trim(), i);
        }
        HeaderWidth = _fields.Count;
    }

    /// <summary>The file name.</summary>
    public string FileName => _reader.FileName;

    /// <summary>The line the current row starts on.</summary>
    public int Line => _reader.RecordLine;

    /// <summary>How many columns the header has.</summary>
    public int HeaderWidth { get; }

    /// <summary>Characters consumed so far.</summary>
    public long CharactersRead => _reader.CharactersRead;

    /// <summary>The index of a required column.</summary>
    /// <exception cref="GtfsFeedException">The header lacks it.</exception>
    public int Required(string column) =>
        _columns.TryGetValue(column, out var index)
            ? index
            : throw new GtfsFeedException(GtfsErrorCodes.MissingColumn, FileName, 1, $"the required column '{column}' is missing from the header.");

    /// <summary>The index of an optional column, or -1 when the header lacks it.</summary>
    public int Optional(string column) => _columns.GetValueOrDefault(column, -1);

    /// <summary>Moves to the next row.</summary>
    /// <returns>The row, or null at the end of the file.</returns>
    /// <exception cref="GtfsFeedException">The row is malformed or has more non-empty fields than the header.</exception>
    public GtfsRow? Next()
    {
        if (!_reader.TryRead(_fields))
        {
            return null;
        }
        for (var i = HeaderWidth; i < _fields.Count; i++)
        {
            // Trailing empty fields (a stray comma) lose nothing; data beyond the header would be lost.
            if (_fields[i].Length > 0)
            {
                throw new GtfsFeedException(GtfsErrorCodes.MalformedCsv, FileName, Line,
                    $"the row has {_fields.Count} fields but the header names {HeaderWidth} columns.");
            }
        }
        return new GtfsRow(this, _fields);
    }
}
