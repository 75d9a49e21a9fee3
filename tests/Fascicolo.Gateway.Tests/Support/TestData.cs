namespace Fascicolo.Gateway.Tests.Support;

/// <summary>The files under <c>TestData/</c>, copied beside the test binaries.</summary>
internal static class TestData
{
    /// <summary>
    /// A two-subgraph shop composed by <c>@theguild/federation-composition</c> from
    /// <c>TestData/shop/*.graphql</c> (regenerate with <c>node tests/node/compose-guild.mjs products=… inventory=…</c>):
    /// a custom scalar, an interface, a union, an enum, an input, a deprecated field, and
    /// <c>@inaccessible</c> on a field, a type, an enum value, an input field and a root field.
    /// </summary>
    public static string ShopSupergraph => Path.Combine(AppContext.BaseDirectory, "TestData", "shop.supergraph.graphql");

    /// <summary>
    /// The same shop composed by <c>@apollo/composition</c> 2.14.4 (<c>composeServices</c> over the same two
    /// files, URLs <c>http://&lt;name&gt;.local/graphql</c>): the gateway must serve either reference format.
    /// </summary>
    public static string ShopApolloSupergraph => Path.Combine(AppContext.BaseDirectory, "TestData", "shop.apollo.supergraph.graphql");
}
