using GraphQLParser;
using GraphQLParser.AST;

namespace Fascicolo.Subgraphs.Welfare.Tests;

/// <summary>
/// What welfare marks <c>@personalData(category: "sensitive")</c> in the SDL the gateway composes: every
/// type holding a person's social record, and each of its fields; the social folders it adds to the
/// registry's <c>Citizen</c> and <c>Household</c>. Offices, the benefit catalogue, the paging types and
/// the root fields stay unmarked: they are nobody's data (the kit guards what they return). The walk
/// visits every object type of the live SDL, so a type added later fails here until it is classified.
/// </summary>
[Collection(SeededWelfare.Name)]
public sealed class PersonalDataMarkingTests(WelfareFixture fixture)
{
    // A person's social record: the type and every field are sensitive.
    private static readonly HashSet<string> RecordTypes = new(StringComparer.Ordinal)
    {
        "SocialCase", "SocialCaseEvent", "SocialFolder", "HouseholdSocialFolder", "WelfareBenefit", "IseeAttestation",
    };

    // Types welfare only adds fields to: only its own fields are marked, never the type or its key.
    private static readonly Dictionary<string, string[]> SharedTypes = new(StringComparer.Ordinal)
    {
        ["Citizen"] = ["socialFolder"],
        ["Household"] = ["socialFolder"],
    };

    // Nobody's data: reference data, paging, the kit's value types, federation's and the roots.
    private static readonly HashSet<string> PublicTypes = new(StringComparer.Ordinal)
    {
        "Query", "Mutation", "SocialOffice", "WelfareBenefitType", "SocialCaseConnection", "SocialCaseEdge", "PageInfo", "Money", "_Service",
    };

    [Fact]
    public async Task Sdl_Should_MarkEverySocialRecordAsSensitive_When_WalkingEveryObjectType()
    {
        var types = await ObjectTypesAsync();

        var records = types.Where(t => RecordTypes.Contains(t.Name.StringValue)).ToList();

        Assert.Equal(RecordTypes.Count, records.Count);
        Assert.All(records, t =>
        {
            Assert.True(IsSensitive(t.Directives), $"{t.Name.StringValue} has no @personalData on the type.");
            Assert.All(t.Fields!, f => Assert.True(IsSensitive(f.Directives), $"{t.Name.StringValue}.{f.Name.StringValue} is not marked."));
        });
    }

    [Fact]
    public async Task Sdl_Should_MarkOnlyWelfaresOwnFieldsOfSharedTypes_When_WalkingCitizenAndHousehold()
    {
        var types = (await ObjectTypesAsync()).ToDictionary(t => t.Name.StringValue, StringComparer.Ordinal);

        // Marking a shared type (or an entity's key) in welfare would mark it for every subgraph once composed.
        foreach (var (name, marked) in SharedTypes)
        {
            Assert.False(IsSensitive(types[name].Directives), $"{name} itself must not carry @personalData.");
            Assert.Equal(marked, types[name].Fields!.Where(f => IsSensitive(f.Directives)).Select(f => f.Name.StringValue));
        }
    }

    [Fact]
    public async Task Sdl_Should_LeaveReferenceDataAndRootsUnmarked_When_WalkingEveryOtherObjectType()
    {
        var types = await ObjectTypesAsync();

        var others = types.Where(t => !RecordTypes.Contains(t.Name.StringValue) && !SharedTypes.ContainsKey(t.Name.StringValue)).ToList();

        Assert.All(others, t =>
        {
            Assert.True(PublicTypes.Contains(t.Name.StringValue), $"{t.Name.StringValue} is new: classify it as a record, shared or public type.");
            Assert.False(IsSensitive(t.Directives), $"{t.Name.StringValue} must not carry @personalData.");
            Assert.All(t.Fields!, f => Assert.False(IsSensitive(f.Directives), $"{t.Name.StringValue}.{f.Name.StringValue} must not be marked."));
        });
        Assert.Contains(others, t => t.Name.StringValue == "SocialOffice");
        Assert.Contains(others, t => t.Name.StringValue == "WelfareBenefitType");
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
