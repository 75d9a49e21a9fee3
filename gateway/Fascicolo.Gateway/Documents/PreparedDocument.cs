using Fascicolo.Gateway.Planning;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Documents;

/// <summary>
/// One distinct query text, parsed once and validated once against the API schema, with its
/// operations prepared on first use. Cached by <see cref="DocumentCache"/> and shared by every request
/// that sends the same text, so nothing here may change after it is computed.
/// </summary>
internal sealed class PreparedDocument
{
    private readonly PreparedOperation?[] _operations;
    private Task<IReadOnlyList<GraphQLError>>? _validation;
    private string? _hash;

    private PreparedDocument(string text, GraphQLDocument? syntax, GraphQLError? parseError)
    {
        Text = text;
        Syntax = syntax;
        ParseError = parseError;
        Operations = syntax is null ? [] : [.. syntax.Definitions.OfType<GraphQLOperationDefinition>()];
        HasVariables = Operations.Any(o => o.Variables is { Count: > 0 });
        _operations = new PreparedOperation?[Operations.Count];
    }

    /// <summary>The query text, the cache key.</summary>
    public string Text { get; }

    /// <summary>The parsed document; null when <see cref="ParseError"/> is set.</summary>
    public GraphQLDocument? Syntax { get; }

    /// <summary>Why the text does not parse; null when it does.</summary>
    public GraphQLError? ParseError { get; }

    /// <summary>The operation definitions, in document order.</summary>
    public IReadOnlyList<GraphQLOperationDefinition> Operations { get; }

    /// <summary>Whether any operation declares variables: only then does a request's <c>variables</c> need parsing.</summary>
    public bool HasVariables { get; }

    /// <summary>The SHA-256 of the text, computed once: the document part of plan cache keys.</summary>
    public string Hash => _hash ??= QueryPlanCacheKey.HashDocument(Text);

    /// <summary>A parsed document.</summary>
    public static PreparedDocument Parsed(string text, GraphQLDocument syntax) => new(text, syntax, null);

    /// <summary>A text that does not parse.</summary>
    public static PreparedDocument Unparsable(string text, GraphQLError error) => new(text, null, error);

    /// <summary>
    /// The index of the operation to run: the one named <paramref name="name"/>, or the only one when
    /// no name is given; -1 with an <c>OPERATION_NOT_FOUND</c> error otherwise.
    /// </summary>
    public int SelectOperation(string? name, out GraphQLError? error)
    {
        error = null;
        if (name is null)
        {
            if (Operations.Count == 1)
            {
                return 0;
            }

            error = new GraphQLError(
                Operations.Count == 0
                    ? "The document contains no operation."
                    : "The document contains several operations: name the one to run with 'operationName'.",
                GatewayErrorCodes.OperationNotFound);
            return -1;
        }

        for (var i = 0; i < Operations.Count; i++)
        {
            if (Operations[i].Name?.StringValue == name)
            {
                return i;
            }
        }

        error = new GraphQLError($"The document contains no operation named \"{name}\".", GatewayErrorCodes.OperationNotFound);
        return -1;
    }

    /// <summary>The prepared operation at <paramref name="index"/> (see <see cref="SelectOperation"/>); valid documents only.</summary>
    public PreparedOperation GetOperation(int index)
    {
        var prepared = Volatile.Read(ref _operations[index]);
        if (prepared is not null)
        {
            return prepared;
        }

        // Two first requests may both prepare it: equal results, the first stored wins.
        prepared = new PreparedOperation(this, Operations[index]);
        return Interlocked.CompareExchange(ref _operations[index], prepared, null) ?? prepared;
    }

    /// <summary>The validation errors of the whole document (empty when valid), computed on first call.</summary>
    public Task<IReadOnlyList<GraphQLError>> ValidateAsync(DocumentValidation validation)
    {
        var task = Volatile.Read(ref _validation);
        if (task is not null)
        {
            return task;
        }

        task = validation.ValidateAsync(this);
        return Interlocked.CompareExchange(ref _validation, task, null) ?? task;
    }
}
