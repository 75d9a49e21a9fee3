using GraphQL;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// Finds whose personal data an object of one graph type is: the fiscal codes of its data subjects,
/// read from the resolved source object. Attached to a graph type by
/// <see cref="AccessExtensions.DataSubject{TSource}(GraphQL.Types.ObjectGraphType{TSource}, Func{TSource, string?})"/>.
/// </summary>
public abstract class DataSubjectAccessor
{
    /// <summary>The data subjects of <paramref name="source"/> (empty when it has none, e.g. a record of nobody).</summary>
    /// <param name="source">The parent object of the field being resolved.</param>
    /// <param name="context">The field's resolution context (for a DataLoader when the subject is not on the object).</param>
    public abstract ValueTask<IReadOnlyCollection<string>> SubjectsOfAsync(object? source, IResolveFieldContext context);
}

internal sealed class DataSubjectAccessor<TSource>(Func<TSource, IResolveFieldContext, ValueTask<IReadOnlyCollection<string>>> subjectsOf) : DataSubjectAccessor
{
    public override ValueTask<IReadOnlyCollection<string>> SubjectsOfAsync(object? source, IResolveFieldContext context) =>
        source is TSource typed
            ? subjectsOf(typed, context)
            // A source of another CLR type is a wiring bug of the subgraph: refuse rather than guess.
            : throw new InvalidOperationException($"The data subject accessor of {typeof(TSource).Name} got a {source?.GetType().Name ?? "null"}.");
}
