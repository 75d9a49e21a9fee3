using System.Text.Json.Nodes;
using Fascicolo.Gateway.Benchmarks.Lab;

namespace Fascicolo.Gateway.Differential.Tests.Corpus;

/// <summary>One operation of the differential corpus.</summary>
/// <param name="Name">A unique, readable name: it names the test case.</param>
/// <param name="Query">The GraphQL document.</param>
/// <param name="ExpectsErrors">Whether the reference gateway answers with errors (checked, so that the case tests what it says).</param>
public sealed record DifferentialCase(string Name, string Query, bool ExpectsErrors = false)
{
    /// <summary>The variables, as a JSON object text, if any.</summary>
    public string? Variables { get; init; }

    /// <summary>The operation to run, when the document has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>A subgraph to stop while the case runs (the gateways must answer with partial data).</summary>
    public string? DownSubgraph { get; init; }

    /// <summary>The JSON request body.</summary>
    /// <returns>The body.</returns>
    public string Body() => GraphQLClient.Body(Query, Variables is null ? null : JsonNode.Parse(Variables)!.AsObject(), OperationName);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
