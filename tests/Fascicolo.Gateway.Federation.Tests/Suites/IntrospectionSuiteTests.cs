using System.Text.Json.Nodes;
using Fascicolo.Gateway.Federation.Tests.Support;
using Xunit.Abstractions;

namespace Fascicolo.Gateway.Federation.Tests.Suites;

/// <summary>The <c>introspection</c> suite's subgraphs and gateways.</summary>
public sealed class IntrospectionFixture() : SuiteFixture("introspection");

/// <summary>
/// What the spec builds in, as introspection shows it: the built-in directives, <c>@specifiedBy</c> as
/// <c>specifiedByURL</c>, <c>@deprecated</c> on arguments and input fields, <c>@oneOf</c> as <c>isOneOf</c>;
/// and that deprecated arguments and input fields and one-of inputs still reach the subgraphs.
/// </summary>
public sealed class IntrospectionSuiteTests(IntrospectionFixture suite, ITestOutputHelper output) : IClassFixture<IntrospectionFixture>
{
    private const string OneOfPeerNote =
        "The supergraph declares directive @oneOf on INPUT_OBJECT (the guild's composer adds it for the one-of input), and the peers "
        + "read that declaration differently. Hive Gateway lists the built-in @oneOf in its place after @specifiedBy, with graphql-js's "
        + "description. Apollo Gateway 2.14.4 lists the declared @oneOf first, with no description, and rejects __Type.isOneOf with "
        + "'Cannot query field \"isOneOf\" on type \"__Type\"', although its own introspection lists that field. The spec draft "
        + "(OneOf Input Objects) makes @oneOf a built-in directive and __Type.isOneOf a field of __Type. A supergraph that re-declares "
        + "a built-in does not change the built-in, so we follow the spec, as Hive does.";

    private const string VariableCodePeerNote =
        "Both peers word the variable error as graphql-js's coerceInputValue does; they differ on extensions.code, which the "
        + "GraphQL spec leaves open. Apollo Gateway (Apollo Server) marks variable coercion errors BAD_USER_INPUT; Hive Gateway "
        + "(GraphQL Yoga) sends them without a code. We keep Apollo's BAD_USER_INPUT, the code our gateway gives every refused variable.";

    private static readonly SuiteCase[] Cases =
    [
        // Every built-in directive whole: names, order, descriptions, locations (graphql-js 16 adds DIRECTIVE_DEFINITION to
        // @deprecated's, which both peers list), arguments and their defaults.
        new("built-in-directives", "{ __schema { directives { name description locations isRepeatable args { name description type { name kind ofType { name kind } } defaultValue } } } }", 0,
            PeerNote: OneOfPeerNote),
        // The introspection types themselves and the spec scalars, as graphql-js 16 describes them: fields (in order), arguments,
        // descriptions, enum values. Float is not used by the suite, so it is not in the schema.
        new("introspection-types", """
            fragment Meta on __Type { name kind description fields(includeDeprecated: true) { name description args { name type { name kind ofType { name kind } } defaultValue } type { name kind ofType { name kind ofType { name kind ofType { name kind } } } } isDeprecated deprecationReason } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } }
            {
              schema: __type(name: "__Schema") { ...Meta } type: __type(name: "__Type") { ...Meta } typeKind: __type(name: "__TypeKind") { ...Meta }
              field: __type(name: "__Field") { ...Meta } inputValue: __type(name: "__InputValue") { ...Meta } enumValue: __type(name: "__EnumValue") { ...Meta }
              directive: __type(name: "__Directive") { ...Meta } directiveLocation: __type(name: "__DirectiveLocation") { ...Meta }
              string: __type(name: "String") { ...Meta } boolean: __type(name: "Boolean") { ...Meta } int: __type(name: "Int") { ...Meta }
              id: __type(name: "ID") { ...Meta } float: __type(name: "Float") { ...Meta }
            }
            """, 0),
        // @specifiedBy(url:) on a scalar is its specifiedByURL; a scalar without it, and a spec scalar, have none.
        new("specified-by-url", """{ dateTime: __type(name: "DateTime") { name kind description specifiedByURL } code: __type(name: "Code") { description specifiedByURL } string: __type(name: "String") { specifiedByURL } }""", 0),
        // A deprecated argument is left out unless includeDeprecated is true, in the subgraph that owns the field and in one that extends an entity.
        new("deprecated-arguments", """{ query: __type(name: "Query") { fields { name args { name } all: args(includeDeprecated: true) { name isDeprecated deprecationReason defaultValue } } } event: __type(name: "Event") { fields { name args { name } all: args(includeDeprecated: true) { name isDeprecated deprecationReason defaultValue } } } }""", 0),
        // The same for an input field.
        new("deprecated-input-fields", """{ __type(name: "EventFilter") { inputFields { name } all: inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } } }""", 0),
        // Deprecated is not removed: the arguments and the input field still reach the subgraph (one request to agenda).
        new("deprecated-arguments-accepted", """{ events(first: 1, filter: { legacyTitle: "Concerto" }) { id title } }""", 1),
        // ...and a deprecated argument of a field another subgraph resolves (agenda for the list, reviews for the ratings).
        new("deprecated-argument-of-an-entity-field", "{ events { id rating(outOf: 10) } }", 2),
        // @oneOf on an input object is isOneOf; an ordinary input object is not one.
        new("one-of-input", """{ by: __type(name: "EventBy") { kind isOneOf inputFields { name } } filter: __type(name: "EventFilter") { isOneOf } }""", 0,
            PeerNote: OneOfPeerNote),
        // A one-of input with exactly one field reaches the subgraph.
        new("one-of-input-accepted", """{ event(by: { title: "Mostra" }) { id at } }""", 1),
        // A one-of literal with two keys is refused before any subgraph request, in graphql-js's words.
        new("one-of-input-two-keys", """{ event(by: { id: "1", title: "Mostra" }) { id } }""", 0),
        // ...and one whose only key is null.
        new("one-of-input-null-key", """{ event(by: { title: null }) { id } }""", 0),
        // A one-of variable value with two keys is refused as the variables are coerced.
        new("one-of-variable-two-keys", "query ($by: EventBy!) { event(by: $by) { id } }", 0,
            Variables: new() { ["by"] = new JsonObject { ["id"] = "1", ["title"] = "Mostra" } }, PeerNote: VariableCodePeerNote),
        // ...and one whose only key is null.
        new("one-of-variable-null-key", "query ($by: EventBy!) { event(by: $by) { id } }", 0,
            Variables: new() { ["by"] = new JsonObject { ["id"] = null } }, PeerNote: VariableCodePeerNote),
    ];

    public static TheoryData<string> Names { get; } = [.. Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public Task Gateways_Should_AnswerWithTheFewestRequests_When_SentTheCase(string name) =>
        SuiteCheck.RunAsync(suite, Cases.Single(c => c.Name == name), output);

    [Fact]
    public void OurComposer_Should_ComposeTheSuite_When_GivenItsSubgraphs() =>
        Assert.True(suite.OurCompositionErrors.Count == 0, string.Join("\n", suite.OurCompositionErrors));
}
