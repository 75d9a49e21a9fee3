using System.Net;
using System.Text.Json;
using Fascicolo.Subgraphs.Kit.Tests.Sample;
using Fascicolo.Testing;
using static Fascicolo.Subgraphs.Kit.Tests.GraphQLResponses;

namespace Fascicolo.Subgraphs.Kit.Tests;

public sealed class PagingTests(SampleFixture fixture) : IClassFixture<SampleFixture>
{
    private const string Page = "query ($first: Int, $after: String) { people(first: $first, after: $after) { edges { cursor node { ordinal } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";
    private SubgraphTestHost Host => fixture.Host;

    [Fact]
    public async Task People_Should_ReturnEveryRowOnce_When_FollowingEndCursors()
    {
        var seen = new List<int>();
        var hasNext = new List<bool>();
        string? after = null;
        do
        {
            var people = await PeopleAsync(25, after);
            seen.AddRange(people.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("ordinal").GetInt32()));
            var pageInfo = people.GetProperty("pageInfo");
            Assert.Equal(after is not null, pageInfo.GetProperty("hasPreviousPage").GetBoolean());
            hasNext.Add(pageInfo.GetProperty("hasNextPage").GetBoolean());
            after = pageInfo.GetProperty("endCursor").GetString();
        }
        while (hasNext[^1]);

        Assert.Equal(Enumerable.Range(1, SampleFixture.People), seen);
        Assert.Equal([true, true, false], hasNext);
    }

    [Fact]
    public async Task People_Should_ContinueAfterAnEdgeCursor_When_OneIsGiven()
    {
        var first = await PeopleAsync(5, null);
        var third = first.GetProperty("edges")[2].GetProperty("cursor").GetString();

        var next = await PeopleAsync(2, third);

        Assert.Equal([4, 5], next.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("ordinal").GetInt32()));
    }

    [Fact]
    public async Task People_Should_UseTheDefaultPageSize_When_FirstIsOmitted()
    {
        var people = await PeopleAsync(null, null);

        Assert.Equal(Paging.DefaultPageSize, people.GetProperty("edges").GetArrayLength());
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("eyJ4IjoxfQ")]
    [InlineData("")]
    public async Task People_Should_ReturnInvalidCursor_When_AfterIsNotACursor(string after)
    {
        var response = await PostAsync(Host, new { query = Page, variables = new { first = 5, after } });

        Assert.Equal("INVALID_CURSOR", SingleError(response.Json).Code());
        Assert.Equal(JsonValueKind.Null, response.Json.GetProperty("data").ValueKind);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-3)]
    public async Task People_Should_ReturnInvalidPageSize_When_FirstIsOutOfRange(int first)
    {
        var response = await PostAsync(Host, new { query = Page, variables = new { first } });

        var error = SingleError(response.Json);
        Assert.Equal("INVALID_PAGE_SIZE", error.Code());
        Assert.Equal(100, error.GetProperty("extensions").GetProperty("max").GetInt32());
    }

    [Fact]
    public void PageCursor_Should_RoundTripACompositeKey_When_Encoded()
    {
        var key = new CompositeKey("Rossi", 42);

        var cursor = PageCursor.Encode(key);

        Assert.True(PageCursor.TryDecode<CompositeKey>(cursor, out var decoded));
        Assert.Equal(key, decoded);
        Assert.DoesNotContain("Rossi", cursor, StringComparison.Ordinal);
        Assert.False(PageCursor.TryDecode<CompositeKey>("garbage!", out _));
    }

    private async Task<JsonElement> PeopleAsync(int? first, string? after)
    {
        var response = await PostAsync(Host, new { query = Page, variables = new { first, after } });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(AssertAllErrorsCoded(response.Json));
        return response.Json.GetProperty("data").GetProperty("people");
    }

    public sealed record CompositeKey(string Surname, int Ordinal);
}
