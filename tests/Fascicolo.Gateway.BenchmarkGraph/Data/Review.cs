namespace Fascicolo.Gateway.BenchmarkGraph.Data;

/// <summary>A review as the reviews subgraph stores it: references to its author and product by key.</summary>
/// <param name="Id">The key.</param>
/// <param name="Body">The text.</param>
/// <param name="AuthorId">The author's <see cref="User.Id"/>.</param>
/// <param name="ProductUpc">The product's <see cref="Product.Upc"/>.</param>
internal sealed record Review(string Id, string Body, string AuthorId, string ProductUpc);
