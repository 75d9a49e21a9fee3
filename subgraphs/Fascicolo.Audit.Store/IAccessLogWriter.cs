namespace Fascicolo.Audit.Store;

/// <summary>Appends reads to the access log; subgraphs hold only this (insert-only) capability.</summary>
public interface IAccessLogWriter
{
    /// <summary>
    /// Appends <paramref name="records"/> in one transaction, each chained to the previous entry's hash.
    /// Either all are stored or the call throws and none is: the caller then must not return the data.
    /// </summary>
    Task AppendAsync(IReadOnlyList<AccessRecord> records, CancellationToken cancellationToken);
}
