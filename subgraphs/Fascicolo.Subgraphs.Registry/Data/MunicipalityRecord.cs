namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>A row of <c>municipality</c>: a comune of the metropolitan area.</summary>
/// <param name="BelfioreCode">The cadastral code, e.g. <c>D969</c>.</param>
/// <param name="IstatCode">The six-digit ISTAT code, e.g. <c>010025</c>.</param>
/// <param name="Name">The official Italian name.</param>
/// <param name="Province">The province's two-letter abbreviation.</param>
internal sealed record MunicipalityRecord(string BelfioreCode, string IstatCode, string Name, string Province);
