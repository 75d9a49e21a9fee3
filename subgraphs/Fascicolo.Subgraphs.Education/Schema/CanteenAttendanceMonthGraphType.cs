using System.Globalization;
using Fascicolo.Subgraphs.Education.Data;
using Fascicolo.Subgraphs.Kit;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>The <c>CanteenAttendanceMonth</c> type: a child's canteen attendance in one month; the child's personal data, open to the child's parents.</summary>
internal sealed class CanteenAttendanceMonthGraphType : ObjectGraphType<CanteenMonth>
{
    /// <summary>Declares the fields.</summary>
    public CanteenAttendanceMonthGraphType()
    {
        Name = "CanteenAttendanceMonth";
        Description = "A child's canteen attendance in one month: the days served, present and absent, and the meals.";
        this.PersonalData(PersonalDataCategory.Common);
        this.DataSubject(m => m.PupilFiscalCode);
        this.OpenToGuardians();
        Field<NonNullGraphType<StringGraphType>>("month")
            .Description("The month, e.g. '2025-10'.")
            .Resolve(context => context.Source.Row.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        Field<NonNullGraphType<IntGraphType>>("serviceDays")
            .Description("The days the canteen served the school (school days on the canteen's weekdays).")
            .Resolve(context => context.Source.Row.ServiceDays);
        Field<NonNullGraphType<IntGraphType>>("daysPresent").Description("The days the child was present.").Resolve(context => context.Source.Row.Meals);
        Field<NonNullGraphType<IntGraphType>>("daysAbsent").Description("The days the child was absent.").Resolve(context => context.Source.Row.Absences.Count);
        Field<NonNullGraphType<IntGraphType>>("meals").Description("The meals served: one per day present.").Resolve(context => context.Source.Row.Meals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DateOnlyGraphType>>>>("absences")
            .Description("The service days the child was absent, in date order.")
            .Resolve(context => context.Source.Row.Absences);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CanteenDayGraphType>>>>("days")
            .Description("Every day served, in date order, with whether the child was present: the daily register.")
            .Resolve(context => context.Source.Days());
    }
}
