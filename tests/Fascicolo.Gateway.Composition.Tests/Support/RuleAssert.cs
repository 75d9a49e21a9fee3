namespace Fascicolo.Gateway.Composition.Tests.Support;

/// <summary>Composes inline subgraphs named a, b, c… (each gets the Federation 2.3 <c>@link</c> with every directive imported).</summary>
internal static class RuleAssert
{
    public const string Link = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3",
          import: ["@key", "@shareable", "@external", "@requires", "@provides", "@override", "@inaccessible", "@tag", "@interfaceObject", "@composeDirective"])

        """;

    public static Supergraph AssertValid(params string[] subgraphs)
    {
        var result = Compose(subgraphs);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        return result.Supergraph!;
    }

    public static CompositionError AssertInvalid(string code, params string[] subgraphs)
    {
        var result = Compose(subgraphs);
        Assert.False(result.IsSuccess, "Composition succeeded:\n" + result.Supergraph?.Sdl);
        Assert.Contains(result.Errors, e => e.Code == code);
        return result.Errors.First(e => e.Code == code);
    }

    public static CompositionResult Compose(params string[] subgraphs) =>
        SupergraphComposer.Compose(subgraphs.Select((sdl, i) => new SubgraphSource(((char)('a' + i)).ToString(), Link + sdl)));
}
