using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>Declares Relay connection fields with the kit's standard arguments.</summary>
public static class ConnectionFieldExtensions
{
    /// <summary>
    /// Adds a field <c>name(first: Int = 20, after: String): XConnection!</c> returning a
    /// <see cref="Connection{TNode}"/> of <typeparamref name="TNodeGraphType"/>. In the resolver, call
    /// <see cref="Paging.GetPageRequest{TKey}"/> and <see cref="PageRequest{TKey}.ToConnection{TNode}"/>.
    /// </summary>
    /// <typeparam name="TNodeGraphType">The graph type of the nodes.</typeparam>
    /// <typeparam name="TSource">The source type of the declaring graph type.</typeparam>
    /// <param name="type">The declaring graph type.</param>
    /// <param name="name">The field name.</param>
    /// <returns>The field builder, to add a description and the resolver.</returns>
    public static FieldBuilder<TSource, object> ConnectionField<TNodeGraphType, TSource>(this ObjectGraphType<TSource> type, string name)
        where TNodeGraphType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Field<NonNullGraphType<ConnectionType<TNodeGraphType>>>(name)
            .Argument<IntGraphType>("first", $"How many items to return (1..{Paging.MaxPageSize}, default {Paging.DefaultPageSize}).", a => a.DefaultValue = Paging.DefaultPageSize)
            .Argument<StringGraphType>("after", "Return the items after this cursor (an endCursor or edge cursor of a previous page).");
    }

    /// <inheritdoc cref="ConnectionField{TNodeGraphType, TSource}(ObjectGraphType{TSource}, string)"/>
    public static FieldBuilder<object?, object> ConnectionField<TNodeGraphType>(this ObjectGraphType type, string name)
        where TNodeGraphType : IGraphType => ConnectionField<TNodeGraphType, object?>(type, name);
}
