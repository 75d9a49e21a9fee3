using Fascicolo.Domain.Taxes.Tari;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>The <c>TariTariff</c> type.</summary>
internal sealed class TariTariffGraphType : ObjectGraphType<TariTariff>
{
    /// <summary>Declares the fields.</summary>
    public TariTariffGraphType()
    {
        Name = "TariTariff";
        Description = "The TARI tariff for dwellings of a year (DPR 158/1999): fixed part = rate × Ka × surface, variable part = rate × Kb.";
        Field<NonNullGraphType<DecimalGraphType>>("fixedCentsPerSquareMetre").Description("The fixed-part rate, in euro cents per square metre.").Resolve(context => context.Source.FixedCentsPerSquareMetre);
        Field<NonNullGraphType<DecimalGraphType>>("variableCentsPerHousehold").Description("The variable-part rate, in euro cents per household.").Resolve(context => context.Source.VariableCentsPerHousehold);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TariCoefficientsGraphType>>>>("coefficients")
            .Description("Ka and Kb for households of 1 to 6 (six or more) occupants.")
            .Resolve(context => Enumerable.Range(1, TariTariff.MaxOccupants).Select(n => (n, context.Source.KaFor(n), context.Source.KbFor(n))));
    }
}

/// <summary>The <c>TariCoefficients</c> type.</summary>
internal sealed class TariCoefficientsGraphType : ObjectGraphType<(int Occupants, decimal Ka, decimal Kb)>
{
    /// <summary>Declares the fields.</summary>
    public TariCoefficientsGraphType()
    {
        Name = "TariCoefficients";
        Description = "The TARI coefficients for one household size.";
        Field("occupants", c => c.Occupants).Description("The household size (6 means six or more).");
        Field<NonNullGraphType<DecimalGraphType>>("ka").Description("The fixed-part coefficient.").Resolve(context => context.Source.Ka);
        Field<NonNullGraphType<DecimalGraphType>>("kb").Description("The variable-part coefficient.").Resolve(context => context.Source.Kb);
    }
}
