using Fascicolo.Gateway.Documents;

namespace Fascicolo.Gateway.Tests;

public sealed class DocumentCacheTests
{
    [Fact]
    public void GetOrAdd_Should_ReturnTheSameDocument_When_TheTextComesAsCharactersOrAsAString()
    {
        var cache = new DocumentCache(8);

        var first = cache.GetOrAdd("{ a }".AsSpan());
        var second = cache.GetOrAdd("{ a }");

        Assert.Same(first, second);
    }

    [Fact]
    public void GetOrAdd_Should_KeepRecentlyUsedDocuments_When_TheCacheRotates()
    {
        var cache = new DocumentCache(4);
        var hot = cache.GetOrAdd("{ hot }");

        for (var i = 0; i < 50; i++)
        {
            cache.GetOrAdd($"{{ cold{i} }}");
            Assert.Same(hot, cache.GetOrAdd("{ hot }"));
        }
    }

    [Fact]
    public void GetOrAdd_Should_ForgetOldDocuments_When_MoreThanTheCapacityArrive()
    {
        var cache = new DocumentCache(4);
        var first = cache.GetOrAdd("{ first }");

        for (var i = 0; i < 10; i++)
        {
            cache.GetOrAdd($"{{ other{i} }}");
        }

        Assert.NotSame(first, cache.GetOrAdd("{ first }"));
    }

    [Fact]
    public void GetOrAdd_Should_KeepTheParseError_When_TheTextDoesNotParse()
    {
        var document = new DocumentCache(4).GetOrAdd("{ a");

        Assert.Null(document.Syntax);
        Assert.Equal("GRAPHQL_PARSE_FAILED", document.ParseError?.Code);
    }
}
