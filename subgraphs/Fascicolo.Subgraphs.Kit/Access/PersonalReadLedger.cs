using Fascicolo.Audit.Store;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// The personal-data reads one request was allowed: for each data subject, the schema coordinates
/// (<c>Type.field</c>) read. Filled by the guarded fields while the operation executes (concurrently:
/// sibling fields resolve in parallel), turned into access records before the response is written.
/// </summary>
internal sealed class PersonalReadLedger
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, SortedSet<string>> _fieldsBySubject = new(StringComparer.Ordinal);
    private Dictionary<(DataSubjectAccessor, object), Task<IReadOnlyCollection<string>>>? _lookups;

    /// <summary>True when nothing personal was read.</summary>
    public bool IsEmpty
    {
        get
        {
            lock (_gate)
            {
                return _fieldsBySubject.Count == 0;
            }
        }
    }

    /// <summary>Records that <paramref name="coordinate"/> of an object of <paramref name="subjects"/> was read.</summary>
    public void Record(IReadOnlyCollection<string> subjects, string coordinate)
    {
        lock (_gate)
        {
            foreach (var subject in subjects)
            {
                // Fiscal codes are upper case; one spelling per person keeps one entry per person.
                var key = subject.ToUpperInvariant();
                if (!_fieldsBySubject.TryGetValue(key, out var fields))
                {
                    _fieldsBySubject[key] = fields = new SortedSet<string>(StringComparer.Ordinal);
                }
                fields.Add(coordinate);
            }
        }
    }

    /// <summary>
    /// One lookup of the subjects of <paramref name="source"/> per request, however many of its fields
    /// are read: the first field's lookup is shared by the others.
    /// </summary>
    public Task<IReadOnlyCollection<string>> Share(DataSubjectAccessor accessor, object source, Func<Task<IReadOnlyCollection<string>>> lookup)
    {
        lock (_gate)
        {
            _lookups ??= new(LookupKeyComparer.Instance);
            if (!_lookups.TryGetValue((accessor, source), out var task))
            {
                _lookups[(accessor, source)] = task = lookup();
            }
            return task;
        }
    }

    /// <summary>The access records of the reads: one per data subject, its fields sorted and distinct.</summary>
    public IReadOnlyList<AccessRecord> ToRecords(Caller caller, string subgraph, DateTimeOffset at)
    {
        lock (_gate)
        {
            return [.. _fieldsBySubject.Select(entry => new AccessRecord(
                at,
                caller.RequestId,
                subgraph,
                caller.Role,
                caller.Subject,
                caller.Ente,
                caller.Department,
                caller.Assurance,
                caller.Purpose,
                caller.Client,
                entry.Key,
                [.. entry.Value]))];
        }
    }

    /// <summary>Sources compare by reference: two equal records are still two objects read.</summary>
    private sealed class LookupKeyComparer : IEqualityComparer<(DataSubjectAccessor Accessor, object Source)>
    {
        public static readonly LookupKeyComparer Instance = new();

        public bool Equals((DataSubjectAccessor Accessor, object Source) x, (DataSubjectAccessor Accessor, object Source) y) =>
            ReferenceEquals(x.Accessor, y.Accessor) && ReferenceEquals(x.Source, y.Source);

        public int GetHashCode((DataSubjectAccessor Accessor, object Source) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Accessor), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Source));
    }
}
