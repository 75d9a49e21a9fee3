using GraphQLParser;
using GraphQLParser.AST;

namespace Fascicolo.Subgraphs.Welfare.Tests;

/// <summary>
/// Every field welfare serves is marked <c>@personalData(category: "sensitive")</c> in the SDL the
/// gateway composes: the walk below visits every object type of the live SDL, so a field added
/// later without the mark fails here. What welfare does not own stays unmarked, or composition
/// would spread the mark onto other subgraphs' data.
/// </summary>
[Collection(SeededWelfare.Name)]
public sealed class PersonalDataMarkingTests(WelfareFixture fixture)
{
    // Types welfare only adds fields to, with the fields that are not welfare's.
    private static readonly Dictionary<string, string[]> SharedTypes = new(StringComparer.Ordinal)
    {
        ["Query"] = ["_service", "_entities"],
        ["Mutation"] = [],
        ["Citizen"] = ["fiscalCode"],
        ["Household"] = ["id"],
    };

    // The kit's value types (identical in every subgraph) and federation's own.
    private static readonly HashSet<string> NotWelfares = new(StringComparer.Ordinal) { "Money", "PageInfo", "_Service" };

    [Fact]
    public async Task Sdl_Should_MarkEveryWelfareFieldAsSensitive_When_WalkingEveryObjectType()
    {
        var types = await ObjectTypesAsync();
        var unmarked = new List<string>();
        var marked = 0;

        foreach (var type in types.Where(t => !NotWelfares.Contains(t.Name.StringValue)))
        {
            var skipped = SharedTypes.GetValueOrDefault(type.Name.StringValue) ?? [];
            foreach (var field in type.Fields!.Where(f => !skipped.Contains(f.Name.StringValue)))
            {
                if (IsSensitive(field.Directives))
                {
                    marked++;
                }
                else
                {
                    unmarked.Add($"{type.Name.StringValue}.{field.Name.StringValue}");
                }
            }
        }

        Assert.True(unmarked.Count == 0, "Fields without @personalData(category: \"sensitive\"): " + string.Join(", ", unmarked));
        Assert.True(marked > 80, $"Only {marked} fields were walked: the walk missed types.");
    }

    [Fact]
    public async Task Sdl_Should_MarkEveryWelfareOwnedTypeAsSensitive_When_WalkingEveryObjectType()
    {
        var types = await ObjectTypesAsync();

        var owned = types.Where(t => !NotWelfares.Contains(t.Name.StringValue) && !SharedTypes.ContainsKey(t.Name.StringValue)).ToList();

        Assert.Contains(owned, t => t.Name.StringValue == "SocialCase");
        Assert.Contains(owned, t => t.Name.StringValue == "SocialCaseConnection");
        Assert.All(owned, t => Assert.True(IsSensitive(t.Directives), $"{t.Name.StringValue} has no @personalData on the type."));
    }

    [Fact]
    public async Task Sdl_Should_LeaveWhatWelfareDoesNotOwnUnmarked_When_WalkingEveryObjectType()
    {
        var types = (await ObjectTypesAsync()).ToDictionary(t => t.Name.StringValue, StringComparer.Ordinal);

        // Marking a shared type (or an entity's key) in welfare would mark it for every subgraph once composed.
        foreach (var name in new[] { "Query", "Mutation", "Citizen", "Household", "Money", "PageInfo" })
        {
            Assert.False(IsSensitive(types[name].Directives), $"{name} itself must not carry @personalData.");
        }
        Assert.All(types["Money"].Fields!, f => Assert.Empty(f.Directives?.Items ?? []));
        Assert.False(IsSensitive(types["Citizen"].Fields!.Single(f => f.Name.StringValue == "fiscalCode").Directives));
        Assert.False(IsSensitive(types["Household"].Fields!.Single(f => f.Name.StringValue == "id").Directives));
        Assert.False(IsSensitive(types["Query"].Fields!.Single(f => f.Name.StringValue == "_entities").Directives));
    }

    private async Task<List<GraphQLObjectTypeDefinition>> ObjectTypesAsync()
    {
        var document = Parser.Parse(await fixture.Host.QueryServiceSdlAsync());
        return [.. document.Definitions.OfType<GraphQLObjectTypeDefinition>()];
    }

    private static bool IsSensitive(GraphQLDirectives? directives) =>
        directives?.Items.Any(d => d.Name.StringValue == "personalData"
            && d.Arguments?.Items.SingleOrDefault(a => a.Name.StringValue == "category")?.Value is GraphQLStringValue { Value: var value }
            && value.Span.SequenceEqual("sensitive")) ?? false;
}
