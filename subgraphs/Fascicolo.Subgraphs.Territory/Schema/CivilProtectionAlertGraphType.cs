using Fascicolo.Subgraphs.Territory.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>CivilProtectionAlert</c> type: one zone's weather alert. Public data.</summary>
internal sealed class CivilProtectionAlertGraphType : ObjectGraphType<AlertRecord>
{
    /// <summary>Declares the fields.</summary>
    public CivilProtectionAlertGraphType()
    {
        Name = "CivilProtectionAlert";
        Description = "A weather alert for one zone, as Liguria's alert message (messaggio di allertamento) sets it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The alert id: year, message number, zone, e.g. 'ALR-2025-014-B'.").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<AlertZoneGraphType>>("zone")
            .Description("The zone on alert.")
            .Resolve(context => AlertZonesByCode.Loader.Load(context, context.Source.ZoneCode));
        Field<NonNullGraphType<CivilProtectionAlertTypeGraphType>>("type").Description("What the alert is for.").Resolve(context => context.Source.Type);
        Field<NonNullGraphType<CivilProtectionAlertColourGraphType>>("colour").Description("Its colour.").Resolve(context => context.Source.Colour);
        Field<NonNullGraphType<CivilProtectionPhaseGraphType>>("phase")
            .Description("The operational phase municipalities take at least.")
            .Resolve(context => context.Source.Phase);
        Field<NonNullGraphType<DateTimeGraphType>>("issuedAt").Description("When the message was published.").Resolve(context => context.Source.IssuedAt);
        Field<NonNullGraphType<DateTimeGraphType>>("validFrom").Description("When the alert starts.").Resolve(context => context.Source.ValidFrom);
        Field<NonNullGraphType<DateTimeGraphType>>("validTo").Description("When it ends (exclusive).").Resolve(context => context.Source.ValidTo);
        Field<NonNullGraphType<BooleanGraphType>>("isActive")
            .Description("Whether it is in force now.")
            .Resolve(context =>
            {
                var now = context.RequestServices!.GetRequiredService<TerritoryClock>().UtcNow;
                return context.Source.ValidFrom <= now && now < context.Source.ValidTo;
            });
    }
}
