using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// The <c>Money</c> value type every subgraph shares (so it is <c>@shareable</c> and identical
/// everywhere): exact cents for programs, a formatted euro string for people.
/// </summary>
public sealed class MoneyGraphType : ObjectGraphType<Money>
{
    /// <summary>Declares the fields.</summary>
    public MoneyGraphType()
    {
        Name = "Money";
        Description = "An exact amount of euro.";
        this.Shareable();
        Field<NonNullGraphType<LongGraphType>>("cents")
            .Description("The amount in euro cents; negative for refunds and credits.")
            .Resolve(context => context.Source.Cents);
        Field<NonNullGraphType<StringGraphType>>("formatted")
            .Description("The amount as Italians write it, e.g. \"€ 1.234,56\".")
            .Resolve(context => context.Source.Formatted);
    }
}
