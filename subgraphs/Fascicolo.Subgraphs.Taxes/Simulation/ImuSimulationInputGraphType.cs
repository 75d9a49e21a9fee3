using Fascicolo.Subgraphs.Taxes.Schema;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Simulation;

/// <summary>The <c>ImuSimulationInput</c> input type.</summary>
internal sealed class ImuSimulationInputGraphType : InputObjectGraphType<ImuSimulationInput>
{
    /// <summary>Declares the fields.</summary>
    public ImuSimulationInputGraphType()
    {
        Name = "ImuSimulationInput";
        Description = "A property to compute the IMU of, as the city's online calculator asks for it.";
        Field<NonNullGraphType<IntGraphType>>("year").Description("The tax year: the reference year or one of the four before.");
        Field<NonNullGraphType<StringGraphType>>("category").Description("The cadastral category, e.g. 'A/2' (groups A to D).");
        Field<NonNullGraphType<LongGraphType>>("cadastralIncome").Description("The cadastral income (rendita catastale) in euro cents, before revaluation.");
        Field<IntGraphType>("shareNumerator").Description("The ownership share's numerator (default 1).").DefaultValue(1);
        Field<IntGraphType>("shareDenominator").Description($"The ownership share's denominator (default 1, at most {ImuSimulationInput.MaxShareDenominator}).").DefaultValue(1);
        Field<DateOnlyGraphType>("possessedSince").Description("The day possession began; leave it out for a property held before the year.");
        Field<NonNullGraphType<ImuPropertyUseGraphType>>("use").Description("What the owner does with it; an appurtenance is taken to serve a non-luxury main home.");
    }
}
