using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Territory.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>RedZoneRegistration</c> type: a house number in a red zone registered for alerts.</summary>
internal sealed class RedZoneRegistrationGraphType : ObjectGraphType<RedZoneRegistrationRecord>
{
    /// <summary>Declares the fields.</summary>
    public RedZoneRegistrationGraphType()
    {
        Name = "RedZoneRegistration";
        Description = "A registration of a red-zone house number: the people who live there and the phones the civil protection alerts them on.";
        // Where the people live and their phones: every registered person (and the registrant) may read it.
        this.PersonalData(PersonalDataCategory.Common);
        this.DataSubjects((registration, _) => ValueTask.FromResult(registration.Subjects));
        Field<NonNullGraphType<IdGraphType>>("id").Description("The registration id, e.g. 'RZR-00000001'.").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<BuildingGraphType>>("building")
            .Description("The building (house number) registered.")
            .Resolve(context => BuildingsById.Loader.Load(context, context.Source.BuildingId));
        Field<NonNullGraphType<CitizenGraphType>>("registrant").Description("Who registered it.").Resolve(context => context.Source.RegistrantFiscalCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RedZoneContactGraphType>>>>("members")
            .Description("The people registered, in the order given.")
            .Resolve(context => RedZoneContactsByRegistration.Loader.LoadMany(context, context.Source.Id));
        Field<NonNullGraphType<DateTimeGraphType>>("registeredAt").Description("When it was registered.").Resolve(context => context.Source.RegisteredAt);
    }
}
