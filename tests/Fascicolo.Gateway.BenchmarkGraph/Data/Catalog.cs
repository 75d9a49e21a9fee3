using System.Collections.Frozen;
using System.Globalization;

namespace Fascicolo.Gateway.BenchmarkGraph.Data;

/// <summary>
/// The benchmark graph's data, fixed and in memory, sized like the well-known gateway benchmark's:
/// six users, nine products (<c>topProducts</c> returns five unless asked for more), three reviews
/// for each of the first eight products. Each subgraph reads only its own slice, as separate systems
/// would. Lookups are precomputed so that resolvers cost a dictionary read.
/// </summary>
internal static class Catalog
{
    /// <summary>The user <c>me</c> returns.</summary>
    public const string MeId = "1";

    /// <summary>The product whose stock the inventory cannot tell: reading its <c>inStock</c> fails (a field error on purpose).</summary>
    public const string UnstockedUpc = "9";

    private static readonly string[] Bodies =
    [
        "Solid build and exactly as described; it has survived two house moves without a scratch.",
        "Good value for the price, although the assembly instructions could be clearer.",
        "Arrived a week late but the quality made up for it. Would buy again.",
        "Not what I expected from the photos: the colour is darker and the finish feels cheap.",
        "Comfortable, sturdy, and easy to clean. The whole family uses it every day.",
        "Decent, but there are better options at this price if you can wait for a sale.",
    ];

    /// <summary>Accounts: every user, in id order (the sixth has written no review).</summary>
    public static IReadOnlyList<User> Users { get; } =
    [
        new("1", "Ada Lovelace", "@ada", "1815-12-10"),
        new("2", "Alan Turing", "@complete", "1912-06-23"),
        new("3", "Grace Hopper", "@grace", "1906-12-09"),
        new("4", "Edsger Dijkstra", "@ewd", "1930-05-11"),
        new("5", "Barbara Liskov", "@liskov", "1939-11-07"),
        new("6", "Donald Knuth", "@tex", "1938-01-10"),
    ];

    /// <summary>Products: every product, in upc order.</summary>
    public static IReadOnlyList<Product> Products { get; } =
    [
        new("1", "Table", 899, 100),
        new("2", "Couch", 1299, 1000),
        new("3", "Chair", 54, 50),
        new("4", "Lamp", 39, 8),
        new("5", "Desk", 349, 120),
        new("6", "Shelf", 129, 60),
        new("7", "Rug", 249, 30),
        new("8", "Sofa", 1799, 1500),
        new("9", "Stool", 25, 6),
    ];

    /// <summary>Reviews: three per product for products 1 to 8, authors taking turns among users 1 to 5.</summary>
    public static IReadOnlyList<Review> Reviews { get; } =
    [
        .. Enumerable.Range(0, 24).Select(i => new Review(
            (i + 1).ToString(CultureInfo.InvariantCulture),
            Bodies[i % Bodies.Length],
            ((i % 5) + 1).ToString(CultureInfo.InvariantCulture),
            ((i / 3) + 1).ToString(CultureInfo.InvariantCulture))),
    ];

    /// <summary>Inventory: whether each product is in stock; <see cref="UnstockedUpc"/> is missing on purpose.</summary>
    public static FrozenDictionary<string, bool> InStock { get; } = new Dictionary<string, bool>
    {
        ["1"] = true,
        ["2"] = false,
        ["3"] = true,
        ["4"] = true,
        ["5"] = false,
        ["6"] = true,
        ["7"] = true,
        ["8"] = false,
    }.ToFrozenDictionary();

    /// <summary>Accounts: users by id.</summary>
    public static FrozenDictionary<string, User> UsersById { get; } = Users.ToFrozenDictionary(u => u.Id);

    /// <summary>Products: products by upc.</summary>
    public static FrozenDictionary<string, Product> ProductsByUpc { get; } = Products.ToFrozenDictionary(p => p.Upc);

    /// <summary>Reviews: reviews by id.</summary>
    public static FrozenDictionary<string, Review> ReviewsById { get; } = Reviews.ToFrozenDictionary(r => r.Id);

    /// <summary>Reviews: the usernames the reviews subgraph keeps for its authors (what <c>@provides</c> serves).</summary>
    public static FrozenDictionary<string, string> UsernamesById { get; } = Users.ToFrozenDictionary(u => u.Id, u => u.Username);

    /// <summary>Reviews: each author's reviews, in id order (empty for a user who wrote none).</summary>
    public static FrozenDictionary<string, Review[]> ReviewsByAuthor { get; } =
        Users.ToFrozenDictionary(u => u.Id, u => Reviews.Where(r => r.AuthorId == u.Id).ToArray());

    /// <summary>Reviews: each product's reviews, in id order (empty for a product without reviews).</summary>
    public static FrozenDictionary<string, Review[]> ReviewsByProduct { get; } =
        Products.ToFrozenDictionary(p => p.Upc, p => Reviews.Where(r => r.ProductUpc == p.Upc).ToArray());
}
