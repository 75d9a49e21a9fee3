using Fascicolo.Subgraphs.Taxes.Positions;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>The <c>TariBill</c> type.</summary>
internal sealed class TariBillGraphType : ObjectGraphType<TariBillView>
{
    /// <summary>Declares the fields.</summary>
    public TariBillGraphType()
    {
        Name = "TariBill";
        Description = "The TARI of one occupied dwelling for a year: a fixed part by surface (Ka) and a variable part by household (Kb), DPR 158/1999.";
        Field<NonNullGraphType<CadastralUnitGraphType>>("cadastralUnit").Description("The dwelling's unit, owned by the territory subgraph.").Resolve(context => context.Source.Occupancy.UnitId);
        Field("surfaceSquareMetres", b => b.Bill.SurfaceSquareMetres).Description("The surface billed.");
        Field("occupants", b => b.Bill.Occupants).Description("The household's size on 1 January (six or more share one coefficient).");
        Field<NonNullGraphType<DecimalGraphType>>("ka").Description("The fixed-part coefficient for the household's size.").Resolve(context => context.Source.Bill.Ka);
        Field<NonNullGraphType<DecimalGraphType>>("kb").Description("The variable-part coefficient for the household's size.").Resolve(context => context.Source.Bill.Kb);
        this.MoneyField("fixedPart", b => b.Bill.FixedCents).Description("Fixed part: rate per m² × Ka × surface, rounded to the cent.");
        this.MoneyField("variablePart", b => b.Bill.VariableCents).Description("Variable part: rate per household × Kb, rounded to the cent.");
        this.MoneyField("total", b => b.Bill.TotalCents).Description("The year's tax for the dwelling: three instalments, the first two a third each rounded down to the cent, the last the rest.");
    }
}
