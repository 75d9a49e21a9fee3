using GraphQL;
using GraphQL.DataLoader;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// Finds whose personal data an object of one graph type is: the fiscal codes of its data subjects,
/// read from the resolved source object. Attached to a graph type by
/// <see cref="AccessExtensions.DataSubject{TSource}(GraphQL.Types.ObjectGraphType{TSource}, Func{TSource, string?})"/>
/// or one of the <c>DataSubjects</c> overloads.
/// </summary>
public abstract class DataSubjectAccessor
{
    /// <summary>The data subjects of <paramref name="source"/> (empty when it has none, e.g. a record of nobody).</summary>
    /// <param name="source">The parent object of the field being resolved.</param>
    /// <param name="context">The field's resolution context (for a DataLoader when the subject is not on the object).</param>
    public abstract ValueTask<IReadOnlyCollection<string>> SubjectsOfAsync(object? source, IResolveFieldContext context);

    /// <summary>
    /// For an accessor backed by a DataLoader: the lookup queued but not awaited, so that the lookups of a
    /// whole level of the response run as one batch. Null for the others.
    /// </summary>
    internal virtual IDataLoaderResult<IReadOnlyCollection<string>>? Pending(object? source, IResolveFieldContext context) => null;

    /// <summary>A source of another CLR type is a wiring bug of the subgraph: refuse rather than guess.</summary>
    private protected static InvalidOperationException WrongSource<TSource>(object? source) =>
        new($"The data subject accessor of {typeof(TSource).Name} got a {source?.GetType().Name ?? "null"}.");
}

internal sealed class DataSubjectAccessor<TSource>(Func<TSource, IResolveFieldContext, ValueTask<IReadOnlyCollection<string>>> subjectsOf) : DataSubjectAccessor
{
    public override ValueTask<IReadOnlyCollection<string>> SubjectsOfAsync(object? source, IResolveFieldContext context) =>
        source is TSource typed ? subjectsOf(typed, context) : throw WrongSource<TSource>(source);
}

internal sealed class PendingDataSubjectAccessor<TSource>(Func<TSource, IResolveFieldContext, IDataLoaderResult<IReadOnlyCollection<string>>> subjectsOf) : DataSubjectAccessor
{
    public override ValueTask<IReadOnlyCollection<string>> SubjectsOfAsync(object? source, IResolveFieldContext context) =>
        new(Pending(source, context).GetResultAsync(context.CancellationToken));

    internal override IDataLoaderResult<IReadOnlyCollection<string>> Pending(object? source, IResolveFieldContext context) =>
        source is TSource typed ? subjectsOf(typed, context) : throw WrongSource<TSource>(source);
}
