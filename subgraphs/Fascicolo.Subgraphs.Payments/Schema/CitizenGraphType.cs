using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Payments.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>
/// The <c>Citizen</c> entity, owned by the registry: this subgraph adds <c>debtPosition</c>. Any valid
/// fiscal code resolves (a citizen without positions has an empty debt position); the source is the code.
/// </summary>
internal sealed class CitizenGraphType : ObjectGraphType<string>
{
    /// <summary>Declares the key and the fields this subgraph contributes.</summary>
    public CitizenGraphType()
    {
        Name = "Citizen";

        this.Key("fiscalCode");
        this.ResolveReference<CitizenReference, string>((context, reference) => reference.FiscalCode.Value);
        // The source is the fiscal code: the citizen's own data, read only by them (or a competent office).
        this.DataSubject(fiscalCode => fiscalCode);

        Field<NonNullGraphType<FiscalCodeGraphType>>("fiscalCode")
            .Resolve(context => context.Source);
        Field<DebtorPositionGraphType>("debtPosition")
            .Description("The citizen's debts on pagoPA ('io pago'): open, paid and expired positions with totals.")
            .PersonalData(PersonalDataCategory.Common)
            .Resolve(context =>
            {
                var fiscalCode = context.Source;
                var today = context.Today();
                return PositionsByDebtor.Loader.LoadMany(context, fiscalCode).Then(positions => DebtorPosition.From(fiscalCode, positions, today));
            });
    }
}
