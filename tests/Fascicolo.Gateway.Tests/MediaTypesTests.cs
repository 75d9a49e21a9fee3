using Fascicolo.Gateway.Http;
using Microsoft.Extensions.Primitives;

namespace Fascicolo.Gateway.Tests;

public sealed class MediaTypesTests
{
    [Theory]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", true)]
    [InlineData("text/html;q=0.5, application/json", false)]
    [InlineData("application/graphql-response+json, application/json, multipart/mixed", false)]
    [InlineData("*/*", false)]
    public void PrefersHtml_Should_SpotBrowsers_When_GivenTheirAcceptHeader(string accept, bool expected) =>
        Assert.Equal(expected, MediaTypes.PrefersHtml(new StringValues(accept)));

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("Application/JSON;charset=UTF-8", true)]
    [InlineData("application/json; charset=latin1", false)]
    [InlineData("application/graphql", false)]
    [InlineData(null, false)]
    public void IsJsonRequest_Should_AcceptOnlyUtf8Json_When_CheckingContentType(string? contentType, bool expected) =>
        Assert.Equal(expected, MediaTypes.IsJsonRequest(contentType));
}
