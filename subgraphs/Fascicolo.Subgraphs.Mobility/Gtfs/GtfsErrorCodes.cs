namespace Fascicolo.Subgraphs.Mobility.Gtfs;

/// <summary>The codes of <see cref="GtfsFeedException"/>: what is wrong with a feed.</summary>
public static class GtfsErrorCodes
{
    /// <summary>The feed path is neither a directory nor a zip file.</summary>
    public const string FeedNotFound = "GTFS_FEED_NOT_FOUND";

    /// <summary>A required file is missing (or neither <c>calendar.txt</c> nor <c>calendar_dates.txt</c> is there).</summary>
    public const string MissingFile = "GTFS_MISSING_FILE";

    /// <summary>A file has no header, or its header lacks a required column.</summary>
    public const string MissingColumn = "GTFS_MISSING_COLUMN";

    /// <summary>A file is not valid CSV (RFC 4180): an unterminated quote, text after a closing quote, extra fields.</summary>
    public const string MalformedCsv = "GTFS_MALFORMED_CSV";

    /// <summary>A required field is empty, or a value is not of its type or out of its range.</summary>
    public const string InvalidValue = "GTFS_INVALID_VALUE";

    /// <summary>An id (or key) appears twice in its file.</summary>
    public const string DuplicateId = "GTFS_DUPLICATE_ID";

    /// <summary>A row refers to an id its file's parent does not define (a trip's route, a stop time's stop...).</summary>
    public const string UnknownReference = "GTFS_UNKNOWN_REFERENCE";

    /// <summary>A required file has no rows.</summary>
    public const string EmptyFile = "GTFS_EMPTY_FILE";
}
