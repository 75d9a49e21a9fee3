using Fascicolo.Domain.SyntheticCity.Mobility;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Mobility.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>A fine (verbale) of the traffic police; its amounts are those of its pagoPA position.</summary>
internal sealed class TrafficFineGraphType : ObjectGraphType<TrafficFineRecord>
{
    /// <summary>Declares the fields.</summary>
    public TrafficFineGraphType()
    {
        Name = "TrafficFine";
        Description = "A fine (verbale) under the Codice della strada, owed to Comune di Genova by the car's owner.";
        // Administrative, not criminal (Law 689/1981): common personal data of the debtor. trafficFine(number:, plate:)
        // reaches a fine without its owner, so the whole type is guarded, the verbale number included.
        this.PersonalData(PersonalDataCategory.Common);
        this.DataSubject(fine => fine.DebtorFiscalCode);
        Field<NonNullGraphType<StringGraphType>>("number").Description("The verbale number, e.g. '2025/0000042'.").Resolve(context => context.Source.Number);
        Field<NonNullGraphType<VehicleGraphType>>("vehicle")
            .Description("The car.")
            .Resolve(context => VehiclesByPlate.Loader.Load(context, context.Source.Plate));
        Field<NonNullGraphType<CitizenGraphType>>("debtor").Description("Who owes it: the owner, jointly liable with the driver.").Resolve(context => new MobilityCitizen(context.Source.DebtorFiscalCode));
        Field<NonNullGraphType<DateTimeGraphType>>("committedAt").Description("When the violation was detected (UTC).").Resolve(context => context.Source.CommittedAt);
        Field<NonNullGraphType<StringGraphType>>("place").Description("Where, e.g. 'Via San Lorenzo, Genova'.").Resolve(context => context.Source.Place);
        Field<NonNullGraphType<StringGraphType>>("article").Description("The article of the Codice della strada, e.g. '142'.").Resolve(context => context.Source.Article);
        Field<NonNullGraphType<StringGraphType>>("paragraph").Description("The paragraph (comma), e.g. '8'.").Resolve(context => context.Source.Paragraph);
        Field<NonNullGraphType<StringGraphType>>("violation").Description("What was violated, in Italian as on the verbale.").Resolve(context => context.Source.Violation);
        Field<NonNullGraphType<IntGraphType>>("licencePoints").Description("Points taken from the driver's licence (art. 126-bis).").Resolve(context => context.Source.LicencePoints);
        Field<NonNullGraphType<DateOnlyGraphType>>("notifiedOn").Description("The day it was contested on the spot or notified.").Resolve(context => context.Source.NotifiedOn);
        Field<NonNullGraphType<MoneyGraphType>>("sanction").Description("The minimum pecuniary sanction.").Resolve(context => new Money(context.Source.SanctionCents));
        Field<NonNullGraphType<MoneyGraphType>>("expenses").Description("Procedure and notification expenses, never reduced.").Resolve(context => new Money(context.Source.ExpensesCents));
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("What it costs within 60 days of notification: sanction plus expenses.").Resolve(context => new Money(context.Source.FullCents));
        Field<MoneyGraphType>("reducedAmount")
            .Description("What it costs within 5 days of notification (sanction less 30%, plus expenses); null when no reduction applies.")
            .Resolve(context => context.Source.ReducedCents is { } cents ? new Money(cents) : null);
        Field<DateOnlyGraphType>("reducedUntil")
            .Description("The last day the reduced amount may be paid; null when no reduction applies.")
            .Resolve(context => context.Source.ReducedCents is null ? null : FineAmounts.ReducedUntil(context.Source.NotifiedOn));
        Field<NonNullGraphType<DateOnlyGraphType>>("payableUntil").Description("The last day the amount may be paid before enforcement.").Resolve(context => FineAmounts.PayableUntil(context.Source.NotifiedOn));
        Field<NonNullGraphType<TrafficFineStatusGraphType>>("status").Description("Where the fine stands today.").Resolve(context => MobilityStatuses.Of(context.Source, context.Today()));
        Field<MoneyGraphType>("amountDue")
            .Description("What paying it costs today; null once paid. After 60 days the full amount is shown, though enforcement may ask for more.")
            .Resolve(context => MobilityStatuses.AmountDue(context.Source, context.Today()) is { } cents ? new Money(cents) : null);
        Field<DateOnlyGraphType>("paidOn").Description("The day it was paid, if it was.").Resolve(context => context.Source.PaidOn);
        Field<MoneyGraphType>("paidAmount").Description("What was paid, if it was.").Resolve(context => context.Source.PaidCents is { } cents ? new Money(cents) : null);
        Field<NonNullGraphType<PaymentPositionGraphType>>("paymentPosition").Description("The pagoPA debt position to pay it with.").Resolve(context => context.Source.Iupd);
    }
}
