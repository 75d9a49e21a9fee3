using Fascicolo.Gateway.Composition;
using Fascicolo.Testing;
using GraphQLParser;
using GraphQLParser.AST;

namespace Fascicolo.Subgraphs.Welfare.Tests;

/// <summary>
/// The welfare SDL composes with the registry's (the checked-in contract, which the registry's own
/// tests keep equal to its live SDL), with our composer and with the reference composer
/// (<c>@theguild/federation-composition</c>); and <c>@personalData</c> survives into both
/// supergraphs: its definition, the privacy spec's <c>@link</c>, and its applications on welfare's fields.
/// </summary>
[Collection(SeededWelfare.Name)]
public sealed class CompositionTests(WelfareFixture fixture)
{
    private static readonly string RegistrySdl = SchemaContract.Read("registry");

    // A sample of welfare's marked fields: one per kind of type (extension, entity, value).
    private static readonly string[] MarkedFields =
        ["Citizen.socialFolder", "Household.socialFolder", "SocialCase.history", "WelfareBenefit.monthlyAmount", "IseeAttestation.isee", "SocialCaseEvent.note"];

    // Nobody's data: the roots and the reference data stay unmarked once composed too.
    private static readonly string[] PublicFields = ["Query.socialCase", "Query.socialOffices", "Mutation.recordWelfareBenefit", "SocialOffice.name", "WelfareBenefitType.code"];

    [Fact]
    public async Task OurComposer_Should_KeepPersonalDataOnWelfareFields_When_ComposingRegistryAndWelfare()
    {
        var result = SupergraphComposer.Compose([new SubgraphSource("registry", RegistrySdl), new SubgraphSource("welfare", await fixture.Host.QueryServiceSdlAsync())]);

        Assert.True(result.IsSuccess, "Composition failed:\n" + string.Join("\n", result.Errors));
        var supergraph = result.Supergraph!;
        Assert.Contains(supergraph.DirectiveDefinitions, d => d.Name.StringValue == "personalData");
        Assert.Contains(supergraph.Links, l => l.Url == "https://fascicolo.dev/privacy/v1.0");
        foreach (var coordinate in MarkedFields)
        {
            var (type, field) = Split(coordinate);
            var directives = supergraph.GetRequiredType(type).Fields.Single(f => f.Name == field).Directives;
            Assert.True(IsSensitive(directives), $"{coordinate} lost @personalData in our supergraph.");
        }
        foreach (var coordinate in PublicFields)
        {
            var (type, field) = Split(coordinate);
            Assert.False(IsSensitive(supergraph.GetRequiredType(type).Fields.Single(f => f.Name == field).Directives), $"{coordinate} is marked in our supergraph.");
        }
        Assert.True(IsSensitive(supergraph.GetRequiredType("SocialCase").Directives), "SocialCase lost @personalData in our supergraph.");
        // The registry's own fields keep their own (common) category: welfare's marks do not spread to them.
        Assert.False(IsSensitive(supergraph.GetRequiredType("Citizen").Fields.Single(f => f.Name == "surname").Directives));
        AssertSupergraphSdl(supergraph.Sdl);
    }

    [Fact]
    public async Task GuildComposer_Should_KeepPersonalDataOnWelfareFields_When_ComposingRegistryAndWelfare()
    {
        using var result = await SubgraphComposition.ComposeWithGuildAsync(("registry", RegistrySdl), ("welfare", await fixture.Host.QueryServiceSdlAsync()));

        Assert.False(result.RootElement.TryGetProperty("errors", out var errors), $"Composition failed: {errors}");
        AssertSupergraphSdl(result.RootElement.GetProperty("supergraphSdl").GetString()!);
    }

    [Fact]
    public async Task GuildComposer_Should_Compose_When_WelfareIsTheOnlySubgraph()
    {
        using var result = await SubgraphComposition.ComposeWithGuildAsync(("welfare", await fixture.Host.QueryServiceSdlAsync()));

        Assert.False(result.RootElement.TryGetProperty("errors", out var errors), $"Composition failed: {errors}");
    }

    // Reads the printed supergraph back: what a gateway loading it (or the security issue) will see.
    private static void AssertSupergraphSdl(string sdl)
    {
        var document = Parser.Parse(sdl);
        Assert.Contains(document.Definitions.OfType<GraphQLDirectiveDefinition>(), d => d.Name.StringValue == "personalData");
        Assert.Contains("https://fascicolo.dev/privacy/v1.0", sdl, StringComparison.Ordinal);
        var types = document.Definitions.OfType<GraphQLObjectTypeDefinition>().ToDictionary(t => t.Name.StringValue, StringComparer.Ordinal);
        foreach (var coordinate in MarkedFields)
        {
            var (type, field) = Split(coordinate);
            Assert.True(IsSensitive(types[type].Fields!.Single(f => f.Name.StringValue == field).Directives?.Items ?? []), $"{coordinate} has no @personalData in:\n{sdl}");
        }
        foreach (var coordinate in PublicFields)
        {
            var (type, field) = Split(coordinate);
            Assert.False(IsSensitive(types[type].Fields!.Single(f => f.Name.StringValue == field).Directives?.Items ?? []), $"{coordinate} is marked in:\n{sdl}");
        }
        Assert.False(IsSensitive(types["Citizen"].Fields!.Single(f => f.Name.StringValue == "surname").Directives?.Items ?? []));
    }

    private static (string Type, string Field) Split(string coordinate) =>
        (coordinate[..coordinate.IndexOf('.', StringComparison.Ordinal)], coordinate[(coordinate.IndexOf('.', StringComparison.Ordinal) + 1)..]);

    private static bool IsSensitive(IEnumerable<GraphQLDirective> directives) =>
        directives.Any(d => d.Name.StringValue == "personalData"
            && d.Arguments?.Items.SingleOrDefault(a => a.Name.StringValue == "category")?.Value is GraphQLStringValue { Value: var value }
            && value.Span.SequenceEqual("sensitive"));
}
