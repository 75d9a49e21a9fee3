using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// The per-request state of the batch loaders: one open batch per loader. Registered as a scoped
/// service by <see cref="DataLoaderGraphQLBuilderExtensions.AddDataLoader"/>; one HTTP request runs one
/// operation, so "scoped" means "per operation".
/// </summary>
public sealed class DataLoaderContext
{
    private readonly ConcurrentDictionary<object, object> _queues = new(ReferenceEqualityComparer.Instance);

    /// <summary>The queue of <paramref name="loader"/> for this request, created on first use.</summary>
    internal BatchQueue<TKey, TRow> QueueOf<TKey, TRow>(BatchLoader<TKey, TRow> loader, IServiceProvider services)
        where TKey : notnull =>
        (BatchQueue<TKey, TRow>)_queues.GetOrAdd(loader, _ => new BatchQueue<TKey, TRow>(loader, services));
}

/// <summary>Registers the kit's DataLoader support.</summary>
public static class DataLoaderGraphQLBuilderExtensions
{
    /// <summary>
    /// Adds the per-request <see cref="DataLoaderContext"/> used by <see cref="BatchLoader{TKey, TRow}"/>.
    /// The kit calls it for every subgraph. (GraphQL.NET's own DataLoader package is not served by our
    /// package mirror; the core's <see cref="GraphQL.DataLoader.IDataLoaderResult"/> protocol is all we need.)
    /// </summary>
    /// <param name="builder">The GraphQL builder.</param>
    /// <returns>The same builder.</returns>
    public static IGraphQLBuilder AddDataLoader(this IGraphQLBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryRegister<DataLoaderContext>(ServiceLifetime.Scoped);
        return builder;
    }
}
