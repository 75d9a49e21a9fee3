using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Fascicolo.Gateway.Planning;

/// <summary>
/// Schema fields a host refuses to one request, each with the error the client gets instead of its
/// value. A coordinate is <c>Type.field</c> where the type is an object type or an interface:
/// refusing an interface's field refuses it on every implementation, and refusing an object type's
/// field applies however the field is selected (on the object, or through an interface or union).
/// Refused fields are not fetched from any subgraph; the response holds <c>null</c> and one error
/// at each path where they were selected (see <see cref="QueryPlanner.Plan(GraphQLParser.AST.GraphQLDocument, string?, IReadOnlySet{string}, FieldRefusals)"/>).
/// Immutable: build one instance per distinct set (e.g. per role) and reuse it, so its
/// <see cref="Key"/> is computed once.
/// </summary>
public sealed class FieldRefusals
{
    private readonly SortedDictionary<string, FieldRefusal> _byCoordinate;

    // type → field → refusal: the planner looks fields up by (type, field) without building coordinates.
    private readonly Dictionary<string, Dictionary<string, FieldRefusal>> _byType;

    private FieldRefusals(SortedDictionary<string, FieldRefusal> byCoordinate)
    {
        _byCoordinate = byCoordinate;
        _byType = new Dictionary<string, Dictionary<string, FieldRefusal>>(StringComparer.Ordinal);
        foreach (var (coordinate, refusal) in byCoordinate)
        {
            var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
            var type = coordinate[..dot];
            if (!_byType.TryGetValue(type, out var fields))
            {
                fields = new Dictionary<string, FieldRefusal>(StringComparer.Ordinal);
                _byType.Add(type, fields);
            }

            fields.Add(coordinate[(dot + 1)..], refusal);
        }

        Key = byCoordinate.Count == 0 ? string.Empty : ComputeKey(byCoordinate);
    }

    /// <summary>No refused field: plans are exactly those planned without refusals.</summary>
    public static FieldRefusals None { get; } = new(new SortedDictionary<string, FieldRefusal>(StringComparer.Ordinal));

    /// <summary>True when no field is refused.</summary>
    public bool IsEmpty => _byCoordinate.Count == 0;

    /// <summary>How many coordinates are refused.</summary>
    public int Count => _byCoordinate.Count;

    /// <summary>
    /// Identifies the set with its errors: equal keys, equal refusals (a SHA-256 of the sorted entries in
    /// lower-case hex, the same in every process); empty for <see cref="None"/>. Plans are cached per key
    /// (see <see cref="QueryPlanCacheKey.WithRefusals"/>).
    /// </summary>
    public string Key { get; }

    /// <summary>The refused coordinates with their errors, sorted by coordinate (ordinal).</summary>
    public IReadOnlyDictionary<string, FieldRefusal> Coordinates => _byCoordinate;

    /// <summary>Refuses every coordinate of <paramref name="coordinates"/> with the same error.</summary>
    /// <exception cref="ArgumentException">A coordinate is not <c>Type.field</c>, or names an introspection field.</exception>
    public static FieldRefusals Create(IEnumerable<string> coordinates, FieldRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(coordinates);
        ArgumentNullException.ThrowIfNull(refusal);
        return Create(coordinates.Select(c => KeyValuePair.Create(c, refusal)));
    }

    /// <summary>Refuses each coordinate with its own error.</summary>
    /// <exception cref="ArgumentException">
    /// A coordinate is not <c>Type.field</c>, names an introspection field, or is listed twice with different errors.
    /// </exception>
    public static FieldRefusals Create(IEnumerable<KeyValuePair<string, FieldRefusal>> refusals)
    {
        ArgumentNullException.ThrowIfNull(refusals);
        var byCoordinate = new SortedDictionary<string, FieldRefusal>(StringComparer.Ordinal);
        foreach (var (coordinate, refusal) in refusals)
        {
            Validate(coordinate);
            ArgumentNullException.ThrowIfNull(refusal);
            if (byCoordinate.TryGetValue(coordinate, out var existing) && existing != refusal)
            {
                throw new ArgumentException($"\"{coordinate}\" is refused twice with different errors.", nameof(refusals));
            }

            byCoordinate[coordinate] = refusal;
        }

        return byCoordinate.Count == 0 ? None : new FieldRefusals(byCoordinate);
    }

    /// <summary>
    /// These refusals and those of <paramref name="other"/> for coordinates not refused here (a
    /// coordinate in both keeps this set's error).
    /// </summary>
    public FieldRefusals Union(FieldRefusals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.IsEmpty)
        {
            return this;
        }

        if (IsEmpty)
        {
            return other;
        }

        var merged = new SortedDictionary<string, FieldRefusal>(other._byCoordinate, StringComparer.Ordinal);
        foreach (var (coordinate, refusal) in _byCoordinate)
        {
            merged[coordinate] = refusal;
        }

        return new FieldRefusals(merged);
    }

    /// <summary>
    /// The refusal listed for exactly <paramref name="typeName"/>.<paramref name="fieldName"/>, or null.
    /// Refusals listed on an interface the type implements are not consulted here: the planner applies them.
    /// </summary>
    public FieldRefusal? Find(string typeName, string fieldName) =>
        _byType.TryGetValue(typeName, out var fields) && fields.TryGetValue(fieldName, out var refusal) ? refusal : null;

    private static void Validate(string coordinate)
    {
        ArgumentNullException.ThrowIfNull(coordinate);
        var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == coordinate.Length - 1 || coordinate.IndexOf('.', dot + 1) >= 0)
        {
            throw new ArgumentException($"\"{coordinate}\" is not a field coordinate (Type.field).", nameof(coordinate));
        }

        // Introspection and __typename are never refused: every client may ask what the schema is.
        if (coordinate.AsSpan(dot + 1).StartsWith("__", StringComparison.Ordinal))
        {
            throw new ArgumentException($"\"{coordinate}\" is an introspection field: it cannot be refused.", nameof(coordinate));
        }
    }

    private static string ComputeKey(SortedDictionary<string, FieldRefusal> byCoordinate)
    {
        // Length-prefixed parts: no choice of texts can make two different sets print alike.
        var text = new StringBuilder();
        foreach (var (coordinate, refusal) in byCoordinate)
        {
            Append(text, coordinate);
            Append(text, refusal.Code);
            Append(text, refusal.Reason);
            Append(text, refusal.Message);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Append(StringBuilder text, string? part) =>
        text.Append(part is null ? "-1" : part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part).Append(';');
}
