using Fascicolo.Domain.SyntheticCity.Mobility;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>The <c>VehicleTaxBasis</c> enum.</summary>
internal sealed class VehicleTaxBasisGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public VehicleTaxBasisGraphType()
    {
        Name = "VehicleTaxBasis";
        Description = "The rule of Regione Liguria's tariff that set a vehicle tax amount.";
        Add("ORDINARY", VehicleTaxBasis.Ordinary, "Power in kW times the rate of the emission class (higher above 100 kW).");
        Add("ELECTRIC_EXEMPT", VehicleTaxBasis.ElectricExempt, "A battery electric car in its first five years: exempt.");
        Add("ELECTRIC_REDUCED", VehicleTaxBasis.ElectricReduced, "A battery electric car after five years: a quarter of the Euro 4-6 rate.");
        Add("HISTORIC", VehicleTaxBasis.Historic, "A car 30 or more years old: the flat road tax.");
    }
}
