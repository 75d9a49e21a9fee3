using GraphQL;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>Applies <c>@personalData</c> to graph types and fields (the subgraph must call <see cref="PersonalDataGraphQLBuilderExtensions.AddPersonalData"/>).</summary>
public static class PersonalDataExtensions
{
    /// <summary>Marks one field or type: <c>@personalData(category: …)</c>.</summary>
    /// <typeparam name="TTarget">A field or a graph type.</typeparam>
    /// <param name="target">What to mark.</param>
    /// <param name="category">One of <see cref="PersonalDataCategory"/>.</param>
    /// <returns><paramref name="target"/>, to chain calls.</returns>
    public static TTarget PersonalData<TTarget>(this TTarget target, string category)
        where TTarget : IMetadataWriter
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        return target.ApplyDirective(PersonalDataSpec.DirectiveName, PersonalDataSpec.CategoryArgument, category);
    }
}
