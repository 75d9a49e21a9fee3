using Fascicolo.Subgraphs.Kit;
using GraphQL.Builders;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>Declares <c>Money!</c> fields from amounts in cents.</summary>
internal static class MoneyFields
{
    /// <summary>Adds a non-null <c>Money</c> field reading <paramref name="cents"/> from the source.</summary>
    public static FieldBuilder<TSource, Money> MoneyField<TSource>(this ObjectGraphType<TSource> type, string name, Func<TSource, long> cents) =>
        type.Field<NonNullGraphType<MoneyGraphType>, Money>(name).Resolve(context => new Money(cents(context.Source)));
}
