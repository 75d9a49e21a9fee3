namespace Fascicolo.Subgraphs.Mobility.Gtfs;

/// <summary>A feed that cannot be loaded, with a stable code and where the problem is.</summary>
public sealed class GtfsFeedException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="code">One of <see cref="GtfsErrorCodes"/>.</param>
    /// <param name="fileName">The file, e.g. <c>stops.txt</c>, or null for the feed as a whole.</param>
    /// <param name="line">The 1-based line the offending record starts on (the header is line 1), or null.</param>
    /// <param name="problem">What is wrong, without the location.</param>
    public GtfsFeedException(string code, string? fileName, int? line, string problem)
        : base(Describe(code, fileName, line, problem))
    {
        Code = code;
        FileName = fileName;
        Line = line;
        Problem = problem;
    }

    /// <summary>Creates an error without a location (for serialisation frameworks and analyzers).</summary>
    public GtfsFeedException()
        : this(GtfsErrorCodes.InvalidValue, null, null, "The feed is not valid.")
    {
    }

    /// <summary>Creates an error without a location.</summary>
    /// <param name="message">What is wrong.</param>
    public GtfsFeedException(string message)
        : this(GtfsErrorCodes.InvalidValue, null, null, message)
    {
    }

    /// <summary>Creates an error without a location, wrapping its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public GtfsFeedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = GtfsErrorCodes.InvalidValue;
        Problem = message;
    }

    /// <summary>One of <see cref="GtfsErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The file, or null for the feed as a whole.</summary>
    public string? FileName { get; }

    /// <summary>The 1-based line, or null.</summary>
    public int? Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Describe(string code, string? fileName, int? line, string problem) =>
        (fileName, line) switch
        {
            (null, _) => $"{code}: {problem}",
            (_, null) => $"{code}: {fileName}: {problem}",
            _ => $"{code}: {fileName} line {line}: {problem}",
        };
}
