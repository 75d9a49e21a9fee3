using Fascicolo.Subgraphs.Education.Data;
using Fascicolo.Subgraphs.Kit;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>The <c>CanteenDay</c> type: a day of canteen service and whether the child ate; the child's personal data, open to the child's parents.</summary>
internal sealed class CanteenDayGraphType : ObjectGraphType<CanteenDay>
{
    /// <summary>Declares the fields.</summary>
    public CanteenDayGraphType()
    {
        Name = "CanteenDay";
        Description = "A day the canteen served the child's school.";
        this.PersonalData(PersonalDataCategory.Common);
        this.DataSubject(d => d.PupilFiscalCode);
        this.OpenToGuardians();
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Description("The day.").Resolve(context => context.Source.Date);
        Field("present", d => d.Present).Description("Whether the child was there and ate a meal (false: absent, no meal billed).");
    }
}
