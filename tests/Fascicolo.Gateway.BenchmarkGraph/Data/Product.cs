namespace Fascicolo.Gateway.BenchmarkGraph.Data;

/// <summary>A product as the products subgraph stores it.</summary>
/// <param name="Upc">The key.</param>
/// <param name="Name">The product name.</param>
/// <param name="Price">The price in whole euros.</param>
/// <param name="Weight">The weight in kilograms.</param>
internal sealed record Product(string Upc, string Name, int Price, int Weight);
