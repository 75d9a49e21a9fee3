using Fascicolo.Gateway.Documents;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace Fascicolo.Gateway.Errors.Validation;

/// <summary>
/// What a translation needs to know about the document beyond one node: each node's parent, the
/// definitions by name, and error locations. Built only for documents that failed validation.
/// </summary>
internal sealed class DocumentIndex
{
    private readonly Dictionary<ASTNode, ASTNode> _parents;

    private DocumentIndex(GraphQLDocument document, Dictionary<ASTNode, ASTNode> parents)
    {
        Document = document;
        _parents = parents;
    }

    public GraphQLDocument Document { get; }

    public static async Task<DocumentIndex> CreateAsync(GraphQLDocument document)
    {
        var context = new ParentContext();
        await new ParentRecorder().VisitAsync(document, context).ConfigureAwait(false);
        return new DocumentIndex(document, context.Parents);
    }

    /// <summary>The node's parent; null for the document.</summary>
    public ASTNode? Parent(ASTNode node) => _parents.GetValueOrDefault(node);

    /// <summary>The nearest ancestor of type <typeparamref name="T"/> (that also satisfies <paramref name="predicate"/>, when given).</summary>
    public T? Ancestor<T>(ASTNode node, Func<T, bool>? predicate = null)
        where T : ASTNode
    {
        for (var current = Parent(node); current is not null; current = Parent(current))
        {
            if (current is T found && (predicate is null || predicate(found)))
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The location of the node's first character, as graphql-js reports it.</summary>
    public ErrorLocation Locate(ASTNode node) => SourcePositions.Locate(Document.Source, node.Location.Start);

    /// <summary>The nodes of type <typeparamref name="T"/> starting at <paramref name="location"/>.</summary>
    public IEnumerable<T> At<T>(ErrorLocation location)
        where T : ASTNode => _parents.Keys.OfType<T>().Where(n => Locate(n) == location);

    /// <summary>The fragment definitions named <paramref name="name"/>, in document order.</summary>
    public IEnumerable<GraphQLFragmentDefinition> Fragments(string name) =>
        Document.Definitions.OfType<GraphQLFragmentDefinition>().Where(f => f.FragmentName.Name.StringValue == name);

    private sealed class ParentContext : IASTVisitorContext
    {
        public Dictionary<ASTNode, ASTNode> Parents { get; } = new(ReferenceEqualityComparer.Instance);

        public Stack<ASTNode> Path { get; } = new();

        public CancellationToken CancellationToken => CancellationToken.None;
    }

    private sealed class ParentRecorder : ASTVisitor<ParentContext>
    {
        public override async ValueTask VisitAsync(ASTNode? node, ParentContext context)
        {
            if (node is null)
            {
                return;
            }

            if (context.Path.TryPeek(out var parent))
            {
                context.Parents[node] = parent;
            }

            context.Path.Push(node);
            await base.VisitAsync(node, context).ConfigureAwait(false);
            context.Path.Pop();
        }
    }
}
