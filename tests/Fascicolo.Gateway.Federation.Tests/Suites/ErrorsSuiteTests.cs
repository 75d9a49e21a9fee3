using Fascicolo.Gateway.Federation.Tests.Support;
using Xunit.Abstractions;

namespace Fascicolo.Gateway.Federation.Tests.Suites;

/// <summary>The <c>errors</c> suite's subgraphs and gateways.</summary>
public sealed class ErrorsFixture() : SuiteFixture("errors");

/// <summary>
/// Error paths: errors for part of an entity batch land at the client's path, with null where the
/// GraphQL spec puts it (the field when nullable, else its nearest nullable ancestor); a failing root
/// field beside a working one; a subgraph whose requests fail at the HTTP level.
/// </summary>
public sealed class ErrorsSuiteTests(ErrorsFixture suite, ITestOutputHelper output) : IClassFixture<ErrorsFixture>
{
    private static readonly SuiteCase[] Cases =
    [
        // accounts, then scores: u2's score fails; it is nullable, so only it is null.
        new("entity-batch-nullable-field", "{ users { id score } }", 2, PeerNote: HivePathNote),
        // A non-null field fails: the item of the nullable list becomes null.
        new("entity-batch-non-null-in-nullable-item", "{ maybeUsers { id nickname } }", 2, PeerNote: HivePathNote),
        // A non-null field fails in a non-null list of non-null items under a non-null root field: data is null.
        new("entity-batch-non-null-to-root", "{ users { id nickname } version }", 2, PeerNote: HivePathNote),
        // One root fetch: broken fails, version does not.
        new("root-field-error", "{ version broken }", 1),
        // badges answers HTTP 500: every badge is null, one error for the fetch.
        new("subgraph-http-failure", "{ users { id badge } }", 2, PeerNote: HttpFailureNote),
    ];

    /// <summary>Hive drops the list index from entity error paths; Apollo keeps it, and so do we.</summary>
    private const string HivePathNote =
        "Hive Gateway 2.15.1 writes an entity's error at [\"users\", \"score\"], without the list index; Apollo Gateway writes "
        + "[\"users\", 1, \"score\"]. The GraphQL spec (\"Error Result Format\") makes the path the response path of the field, "
        + "list indexes included, which is what Apollo and we write.";

    /// <summary>The three gateways each report an HTTP failure differently; we follow GraphQL over HTTP.</summary>
    private const string HttpFailureNote =
        "badges answers HTTP 500 with a GraphQL body. Hive Gateway 2.15.1 repeats the body's error once per entity, at paths "
        + "without list indexes; Apollo Gateway ignores the body and reports \"500: Internal Server Error\" (INTERNAL_SERVER_ERROR). "
        + "The GraphQL over HTTP spec lets a client read a GraphQL response from a non-2xx application/json answer: we keep the "
        + "subgraph's own error, once, without a path since it names none, and null every field the fetch was for.";

    public static TheoryData<string> Names { get; } = [.. Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public Task Gateways_Should_AnswerWithTheFewestRequests_When_SentTheCase(string name) =>
        SuiteCheck.RunAsync(suite, Cases.Single(c => c.Name == name), output);

    [Fact]
    public void OurComposer_Should_ComposeTheSuite_When_GivenItsSubgraphs() =>
        Assert.True(suite.OurCompositionErrors.Count == 0, string.Join("\n", suite.OurCompositionErrors));
}
