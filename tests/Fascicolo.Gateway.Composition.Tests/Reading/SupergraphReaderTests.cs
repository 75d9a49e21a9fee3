using Fascicolo.Gateway.Composition.Tests.Support;

namespace Fascicolo.Gateway.Composition.Tests.Reading;

public sealed class SupergraphReaderTests
{
    private static readonly Supergraph Benchmark = SupergraphReader.Read(TestData.Read("supergraphs", "benchmark.guild.graphql"));
    private static readonly Supergraph Features = SupergraphReader.Read(TestData.Read("supergraphs", "features.guild.graphql"));

    [Fact]
    public void Read_Should_ListSubgraphsWithUrls_When_SupergraphFromGuild()
    {
        Assert.Equal(["accounts", "inventory", "products", "reviews"], Benchmark.Subgraphs.Select(s => s.Name));
        Assert.Equal("INVENTORY", Benchmark.GetSubgraph("inventory").GraphEnumValue);
        Assert.Equal(new Uri("http://inventory.local/graphql"), Benchmark.GetSubgraph("inventory").Url);
        Assert.Equal("Query", Benchmark.QueryType);
        Assert.Null(Benchmark.MutationType);
    }

    [Fact]
    public void Read_Should_ExcludePlumbing_When_ListingTypes()
    {
        Assert.Equal(["Query", "User", "Product", "Review"], Benchmark.TypeList.Select(t => t.Name));
        Assert.False(Benchmark.TryGetType("join__Graph", out _));
        Assert.False(Benchmark.TryGetType("String", out _));
    }

    [Fact]
    public void Read_Should_ExposeKeysPerSubgraph_When_TypeIsEntity()
    {
        var product = Benchmark.Types["Product"];
        Assert.True(product.IsEntity);
        Assert.Equal("upc", Assert.Single(product.KeysIn("inventory")).Fields.Text);
        Assert.True(product.IsDefinedIn("reviews"));
        Assert.False(product.IsDefinedIn("accounts"));
        Assert.Empty(product.KeysIn("accounts"));
    }

    [Fact]
    public void Read_Should_MarkExternalAndRequires_When_FieldHasJoinField()
    {
        var product = Benchmark.Types["Product"];
        var weight = product.GetField("weight")!;
        Assert.True(weight.IsResolvableIn("products"));
        Assert.False(weight.IsResolvableIn("inventory"));
        Assert.True(weight.SourceIn("inventory")!.IsExternal);
        Assert.Equal("price weight", product.GetField("shippingEstimate")!.SourceIn("inventory")!.Requires!.Text);
        Assert.Equal(["price", "weight"], product.GetField("shippingEstimate")!.SourceIn("inventory")!.Requires!.TopLevelFieldNames());
        Assert.Equal("username", Benchmark.Types["Review"].GetField("author")!.SourceIn("reviews")!.Provides!.Text);
    }

    [Fact]
    public void Read_Should_ResolveFieldEverywhere_When_FieldHasNoJoinField()
    {
        var upc = Benchmark.Types["Product"].GetField("upc")!;
        Assert.Equal(["inventory", "products", "reviews"], upc.ResolvableIn);
        Assert.Equal("String", upc.NamedType);
        Assert.Equal("Product.upc", upc.Coordinate);
    }

    [Fact]
    public void Read_Should_KeepArgumentDefaults_When_FieldHasArguments()
    {
        var argument = Assert.Single(Benchmark.Types["Query"].GetField("topProducts")!.Arguments);
        Assert.Equal("first", argument.Name);
        Assert.Equal("5", Support.Sdl.Value(argument.DefaultValue!));
    }

    [Fact]
    public void Read_Should_ModelInterfaceObject_When_SubgraphUsesInterfaceObject()
    {
        var media = Features.Types["Media"];
        Assert.Equal(SupergraphTypeKind.Interface, media.Kind);
        Assert.True(media.IsInterfaceObjectIn("reviews"));
        Assert.False(media.IsInterfaceObjectIn("catalog"));
        Assert.Equal(["Book", "Movie"], media.PossibleTypes);
        var bookReviews = Features.Types["Book"].GetField("reviews")!;
        Assert.Empty(bookReviews.Sources);
        Assert.Empty(bookReviews.ResolvableIn);
        Assert.True(media.GetField("reviews")!.IsResolvableIn("reviews"));
    }

    [Fact]
    public void Read_Should_ModelOverrideAndAbstractMembership_When_Present()
    {
        var stock = Features.Types["Book"].GetField("stock")!;
        Assert.Equal("catalog", stock.SourceIn("inventory")!.OverrideFrom);
        Assert.False(stock.IsResolvableIn("catalog"));
        Assert.True(Features.Types["Book"].ImplementsIn("catalog", "Media"));
        Assert.False(Features.Types["Book"].ImplementsIn("inventory", "Media"));
        Assert.True(Features.Types["SearchResult"].HasUnionMemberIn("catalog", "Movie"));
        Assert.Equal(["Book", "Movie"], Features.Types["SearchResult"].PossibleTypes);
    }

    [Fact]
    public void Read_Should_ReadMultipleAndCompositeKeys_When_EntityHasSeveral()
    {
        Assert.Equal(["id", "code"], Features.Types["Store"].KeysIn("inventory").Select(k => k.Fields.Text));
        Assert.Equal("store { id } number", Assert.Single(Features.Types["Shelf"].KeysIn("catalog")).Fields.Text);
    }

    [Fact]
    public void Read_Should_HideInaccessibleAndKeepDeprecated_When_BuildingApiSchema()
    {
        Assert.True(Features.Types["Book"].GetField("internalCode")!.IsInaccessible);
        Assert.DoesNotContain("internalCode", Features.ApiSchemaSdl, StringComparison.Ordinal);
        Assert.DoesNotContain("join__", Features.ApiSchemaSdl, StringComparison.Ordinal);
        Assert.DoesNotContain("@tag", Features.ApiSchemaSdl, StringComparison.Ordinal);
        Assert.Contains("EBOOK @deprecated(reason: \"Use a reader app.\")", Features.ApiSchemaSdl, StringComparison.Ordinal);
        Assert.Equal(["CATALOG", "REVIEWS"], Features.Types["SortOrder"].GetEnumValue("ASC")!.Subgraphs.Select(s => Features.GetSubgraph(s).GraphEnumValue));
    }
}
