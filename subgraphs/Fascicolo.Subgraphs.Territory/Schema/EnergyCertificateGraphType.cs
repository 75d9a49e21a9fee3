using Fascicolo.Subgraphs.Territory.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>EnergyCertificate</c> type: an APE.</summary>
internal sealed class EnergyCertificateGraphType : ObjectGraphType<EnergyCertificateRecord>
{
    /// <summary>Declares the fields.</summary>
    public EnergyCertificateGraphType()
    {
        Name = "EnergyCertificate";
        Description = "An energy performance certificate (APE, attestato di prestazione energetica) of a dwelling, valid ten years.";
        Field<NonNullGraphType<IdGraphType>>("code").Description("The certificate's code, e.g. 'APE-2019-0000042'.").Resolve(context => context.Source.Code);
        Field<NonNullGraphType<EnergyClassGraphType>>("energyClass")
            .Description("The class, A4 (best) to G, from the ratio of the two indexes (DM 26/6/2015).")
            .Resolve(context => context.Source.EnergyClass);
        Field<NonNullGraphType<DecimalGraphType>>("epGlNren")
            .Description("The dwelling's non-renewable global energy performance index (EPgl,nren), kWh/m² per year.")
            .Resolve(context => context.Source.EpGlNren);
        Field<NonNullGraphType<DecimalGraphType>>("referenceEpGlNren")
            .Description("The reference building's index (EPgl,nren,rif,standard), kWh/m² per year.")
            .Resolve(context => context.Source.ReferenceEpGlNren);
        Field<NonNullGraphType<DecimalGraphType>>("performanceRatio")
            .Description("epGlNren divided by referenceEpGlNren, to three decimals: the class's band is read off it.")
            .Resolve(context => context.Source.PerformanceRatio);
        Field<NonNullGraphType<DateOnlyGraphType>>("issuedOn").Description("The day the certifier signed it.").Resolve(context => context.Source.IssuedOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("expiresOn")
            .Description("The first day it is no longer valid: ten years after issue.")
            .Resolve(context => context.Source.ExpiresOn);
        Field<NonNullGraphType<BooleanGraphType>>("isValid")
            .Description("Whether it is valid today in Italy.")
            .Resolve(context => context.Source.IsValidOn(context.RequestServices!.GetRequiredService<TerritoryClock>().Today));
        Field<NonNullGraphType<EnergyCertificatePurposeGraphType>>("purpose").Description("Why it was drawn up.").Resolve(context => context.Source.Purpose);
        Field<NonNullGraphType<EnergyCertifierGraphType>>("certifier").Description("The certifier who signed it.").Resolve(context => context.Source);
        Field<NonNullGraphType<CadastralUnitGraphType>>("cadastralUnit")
            .Description("The unit it certifies.")
            .Resolve(context => CadastralUnitsById.Loader.Load(context, context.Source.CadastralUnitId));
        Field<NonNullGraphType<BuildingGraphType>>("building")
            .Description("The unit's building.")
            .Resolve(context => BuildingsById.Loader.Load(context, context.Source.BuildingId));
    }
}
