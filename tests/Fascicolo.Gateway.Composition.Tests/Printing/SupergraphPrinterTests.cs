using Fascicolo.Gateway.Composition.Tests.Support;

namespace Fascicolo.Gateway.Composition.Tests.Printing;

public sealed class SupergraphPrinterTests
{
    [Theory]
    [InlineData("benchmark.guild.graphql")]
    [InlineData("features.guild.graphql")]
    public void Print_Should_RoundTrip_When_ReadBackByReader(string file)
    {
        var original = SupergraphReader.Read(TestData.Read("supergraphs", file));

        var printed = SupergraphPrinter.Print(original);
        var reread = SupergraphReader.Read(printed);

        Assert.Equal(printed, reread.Sdl);
        Assert.Equal(original.ApiSchemaSdl, reread.ApiSchemaSdl);
        Assert.Equal(original.Subgraphs, reread.Subgraphs);
    }
}
