using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Taxes.Positions;
using GraphQL;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>
/// The <c>Citizen</c> entity, owned by the registry, extended here with the tax position. Any valid
/// fiscal code resolves: someone who owes Genova nothing has an empty position. The position is the
/// citizen's personal data; the key is not (the caller gave it).
/// </summary>
internal sealed class CitizenGraphType : ObjectGraphType<CitizenKey>
{
    /// <summary>Declares the key, the reference resolver and the tax position.</summary>
    public CitizenGraphType()
    {
        Name = "Citizen";
        this.Key("fiscalCode");
        this.ResolveReference<CitizenReference, CitizenKey>((_, reference) => new CitizenKey(reference.FiscalCode.Value));
        this.DataSubject(c => c.FiscalCode);

        Field<NonNullGraphType<FiscalCodeGraphType>>("fiscalCode")
            .Resolve(context => context.Source.FiscalCode);
        Field<TaxPositionGraphType>("taxPosition")
            .Description("The citizen's IMU and TARI position with the Comune di Genova for a tax year (io contribuente): what was due, paid and assessed.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The tax year: the reference year or one of the four before (TAX_YEAR_NOT_SUPPORTED otherwise).")
            .Resolve(context => TaxPositions.Load(context, context.Source.FiscalCode, context.GetArgument<int>("year")))
            .PersonalData(PersonalDataCategory.Common);
    }
}
