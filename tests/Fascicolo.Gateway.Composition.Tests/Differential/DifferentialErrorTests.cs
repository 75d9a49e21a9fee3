using Fascicolo.Gateway.Composition.Tests.Support;

namespace Fascicolo.Gateway.Composition.Tests.Differential;

/// <summary>Invalid subgraph sets: ours and <c>@theguild/federation-composition</c> must both reject them, with the same code.</summary>
public sealed class DifferentialErrorTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "INVALID_FIELD_SHARING", """type Query { u: User } type User @key(fields: "id") { id: ID! name: String }""", """type User @key(fields: "id") { id: ID! name: String }""" },
        { "TYPE_KIND_MISMATCH", """type Query { t: T } type T { id: ID }""", """interface T { id: ID }""" },
        { "FIELD_TYPE_MISMATCH", """type Query { t: T } type T @shareable { n: Int }""", """type T @shareable { n: String }""" },
        { "KEY_INVALID_FIELDS", """type Query { u: User } type User @key(fields: "uuid") { id: ID! }""", """type Query { x: Int }""" },
        { "EXTERNAL_MISSING_ON_BASE", """type Query { p: P } type P @key(fields: "id") { id: ID! }""", """type P @key(fields: "id") { id: ID! w: Int @external c: Int @requires(fields: "w") }""" },
        { "ENUM_VALUE_MISMATCH", """type Query { e(x: E): E } enum E { A B }""", """type Query { f: E } enum E { A }""" },
        { "INPUT_FIELD_DEFAULT_MISMATCH", """type Query { a(p: P): Int } input P { first: Int = 10 }""", """type Query { b(p: P): Int } input P { first: Int = 20 }""" },
        { "SATISFIABILITY_ERROR", """type Query { a: Money } type Money @shareable { amount: Int }""", """type Query { b: Money } type Money @shareable { amount: Int currency: String }""" },
        { "OVERRIDE_SOURCE_HAS_OVERRIDE", """type Query { u: User } type User @key(fields: "id") { id: ID! n: Int @override(from: "b") }""", """type User @key(fields: "id") { id: ID! n: Int @override(from: "a") }""" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Compose_Should_FailLikeGuild_When_SubgraphsAreInvalid(string code, string a, string b)
    {
        SubgraphSource[] subgraphs = [new("a", RuleAssert.Link + a), new("b", RuleAssert.Link + b)];

        var ours = SupergraphComposer.Compose(subgraphs);
        var guild = await GuildComposer.ComposeAsync(subgraphs);

        Assert.Contains(ours.Errors, e => e.Code == code);
        Assert.Contains(guild.Errors, e => e.Code == code);
    }
}
