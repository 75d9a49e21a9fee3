namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>
/// A response path under construction, immutable: the <see cref="ResponsePath"/> segments plus the
/// two keys the planner indexes by. Paths are short, so appending copies the array.
/// </summary>
internal sealed class PlanPath
{
    private readonly PathSegment[] _segments;
    private string? _groupKey;

    private PlanPath(PathSegment[] segments, string positionKey)
    {
        _segments = segments;
        PositionKey = positionKey;
    }

    /// <summary>The response root.</summary>
    public static PlanPath Root { get; } = new([], string.Empty);

    /// <summary>
    /// The response object this path reaches, ignoring list indexes and type conditions: the
    /// namespace of response keys shared by every fetch that writes into those objects.
    /// </summary>
    public string PositionKey { get; }

    /// <summary>Whether the last segment narrows the runtime types.</summary>
    public bool EndsWithTypeCondition => _segments.Length > 0 && _segments[^1] is TypeConditionSegment;

    /// <summary>
    /// Identifies where an entity fetch applies: every segment but a trailing type condition, so that
    /// fetches for several runtime types at one position can share one request.
    /// </summary>
    public string GroupKey => _groupKey ??= string.Concat(WithoutTrailingCondition().Select(Print));

    /// <summary>Enters a field and the list levels its type has.</summary>
    public PlanPath Field(string responseKey, int listDepth)
    {
        var segments = new PathSegment[_segments.Length + 1 + listDepth];
        _segments.CopyTo(segments, 0);
        segments[_segments.Length] = new FieldSegment(responseKey);
        for (var i = 0; i < listDepth; i++)
        {
            segments[_segments.Length + 1 + i] = ListSegment.Instance;
        }

        return new PlanPath(segments, PositionKey.Length == 0 ? responseKey : PositionKey + "." + responseKey);
    }

    /// <summary>Narrows the runtime types at the current position (replacing a previous narrowing).</summary>
    public PlanPath Narrow(IReadOnlyCollection<string> runtimeTypes)
    {
        var prefix = WithoutTrailingCondition();
        var segments = new PathSegment[prefix.Count + 1];
        for (var i = 0; i < prefix.Count; i++)
        {
            segments[i] = prefix[i];
        }

        segments[^1] = new TypeConditionSegment(new HashSet<string>(runtimeTypes, StringComparer.Ordinal));
        return new PlanPath(segments, PositionKey);
    }

    /// <summary>The segments without a trailing type condition.</summary>
    public IReadOnlyList<PathSegment> WithoutTrailingCondition() => EndsWithTypeCondition ? _segments[..^1] : _segments;

    private static string Print(PathSegment segment) => segment switch
    {
        FieldSegment field => "." + field.ResponseKey,
        TypeConditionSegment condition => condition.ToString(),
        ListSegment => ".@",
        _ => throw new InvalidOperationException($"Unknown path segment {segment}."),
    };
}
