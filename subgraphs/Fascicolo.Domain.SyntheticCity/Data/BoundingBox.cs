namespace Fascicolo.Domain.SyntheticCity.Data;

/// <summary>A rough rectangle around an area's built-up part, in WGS 84 degrees.</summary>
internal readonly record struct BoundingBox(double South, double North, double West, double East);
