using Fascicolo.Gateway.Documents;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Errors.Validation;

/// <summary>What the per-rule translations share for one failed document: the schema, the document index, the probed node contexts and GraphQL.NET's whole error list.</summary>
internal sealed class ValidationTranslation(ISchema schema, DocumentIndex index, IReadOnlyDictionary<ASTNode, NodeContext> contexts, IReadOnlyList<ValidationError> errors)
{
    // Default equality: syntax nodes compare by reference, tuples of nodes and names by their parts.
    private readonly HashSet<object> _done = [];

    public ISchema Schema { get; } = schema;

    public DocumentIndex Index { get; } = index;

    /// <summary>Every error GraphQL.NET reported for the document, for rules whose wording depends on the others.</summary>
    public IReadOnlyList<ValidationError> Errors { get; } = errors;

    /// <summary>What GraphQL.NET's type info had in scope at <paramref name="node"/> (fields, arguments, fragments, directives, variables).</summary>
    public NodeContext? ContextOf(ASTNode node) => contexts.GetValueOrDefault(node);

    /// <summary>
    /// True the first time it is asked about <paramref name="key"/>: where GraphQL.NET reports one error per
    /// argument or occurrence and graphql-js one per node or group, only the first is translated.
    /// </summary>
    public bool FirstTime(object key) => _done.Add(key);

    /// <summary>A <c>GRAPHQL_VALIDATION_FAILED</c> error located at the start of each node, as graphql-js locates them.</summary>
    public GraphQLError Error(string message, params ASTNode[] nodes) =>
        new(message, GatewayErrorCodes.ValidationFailed, [.. nodes.Select(Index.Locate)]);
}
