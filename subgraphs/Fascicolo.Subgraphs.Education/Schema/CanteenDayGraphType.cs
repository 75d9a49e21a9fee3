using Fascicolo.Subgraphs.Education.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>The <c>CanteenDay</c> type: a day of canteen service and whether the child ate.</summary>
internal sealed class CanteenDayGraphType : ObjectGraphType<CanteenDay>
{
    /// <summary>Declares the fields.</summary>
    public CanteenDayGraphType()
    {
        Name = "CanteenDay";
        Description = "A day the canteen served the child's school.";
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Description("The day.").Resolve(context => context.Source.Date);
        Field("present", d => d.Present).Description("Whether the child was there and ate a meal (false: absent, no meal billed).");
    }
}
