using System.IO.Compression;
using System.Text;

namespace Fascicolo.Subgraphs.Mobility.Gtfs;

/// <summary>
/// Where a feed's files come from: a directory, a zip file (files at its root or in one folder, as
/// operators publish them), or text in memory (the generated synthetic feed).
/// </summary>
internal abstract class GtfsFeedSource : IDisposable
{
    /// <summary>Says where the feed is, for messages and the load record.</summary>
    public abstract string Description { get; }

    /// <summary>Opens a directory or a zip file.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The source; dispose it.</returns>
    /// <exception cref="GtfsFeedException"><see cref="GtfsErrorCodes.FeedNotFound"/>.</exception>
    public static GtfsFeedSource Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return new DirectorySource(full);
        }
        if (File.Exists(full))
        {
            try
            {
                return new ZipSource(full, ZipFile.OpenRead(full));
            }
            catch (InvalidDataException exception)
            {
                throw new GtfsFeedException(GtfsErrorCodes.FeedNotFound, null, null, $"{full} is neither a directory nor a zip file ({exception.Message}).");
            }
        }
        throw new GtfsFeedException(GtfsErrorCodes.FeedNotFound, null, null, $"{full} does not exist: pass a directory of GTFS files or a GTFS zip.");
    }

    /// <summary>A feed held in memory.</summary>
    /// <param name="description">Says what it is.</param>
    /// <param name="files">File name to text.</param>
    /// <returns>The source.</returns>
    public static GtfsFeedSource FromText(string description, IReadOnlyDictionary<string, string> files) => new TextSource(description, files);

    /// <summary>Whether the feed has the file.</summary>
    public abstract bool Exists(string fileName);

    /// <summary>The file's length in characters or bytes (for progress), or 0 when unknown.</summary>
    public abstract long LengthOf(string fileName);

    /// <summary>Opens the file as text (UTF-8; a byte order mark is honoured).</summary>
    /// <exception cref="GtfsFeedException"><see cref="GtfsErrorCodes.MissingFile"/>.</exception>
    public abstract TextReader OpenText(string fileName);

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the source's resources.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>The error of a missing file.</summary>
    protected GtfsFeedException Missing(string fileName) =>
        new(GtfsErrorCodes.MissingFile, fileName, null, $"the feed ({Description}) has no {fileName}.");

    private sealed class DirectorySource(string directory) : GtfsFeedSource
    {
        public override string Description => directory;

        public override bool Exists(string fileName) => File.Exists(Path.Combine(directory, fileName));

        public override long LengthOf(string fileName) => Exists(fileName) ? new FileInfo(Path.Combine(directory, fileName)).Length : 0;

        public override TextReader OpenText(string fileName) =>
            Exists(fileName)
                ? new StreamReader(Path.Combine(directory, fileName), Encoding.UTF8, detectEncodingFromByteOrderMarks: true)
                : throw Missing(fileName);
    }

    private sealed class ZipSource(string path, ZipArchive archive) : GtfsFeedSource
    {
        public override string Description => path;

        public override bool Exists(string fileName) => Find(fileName) is not null;

        public override long LengthOf(string fileName) => Find(fileName)?.Length ?? 0;

        public override TextReader OpenText(string fileName) =>
            Find(fileName) is { } entry
                ? new StreamReader(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true)
                : throw Missing(fileName);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                archive.Dispose();
            }
            base.Dispose(disposing);
        }

        // The shallowest entry with that name: some operators zip the feed's folder rather than its files.
        private ZipArchiveEntry? Find(string fileName) => archive.Entries
            .Where(e => string.Equals(e.Name, fileName, StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.FullName.Length)
            .FirstOrDefault();
    }

    private sealed class TextSource(string description, IReadOnlyDictionary<string, string> files) : GtfsFeedSource
    {
        public override string Description => description;

        public override bool Exists(string fileName) => files.ContainsKey(fileName);

        public override long LengthOf(string fileName) => files.TryGetValue(fileName, out var text) ? text.Length : 0;

        public override TextReader OpenText(string fileName) =>
            files.TryGetValue(fileName, out var text) ? new StringReader(text) : throw Missing(fileName);
    }
}
