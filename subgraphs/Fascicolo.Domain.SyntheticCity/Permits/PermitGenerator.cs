namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>Generates the permits facet: businesses first, then the SUAP and SUE procedures, numbered together.</summary>
internal static class PermitGenerator
{
    public static PermitRegister Generate(City city)
    {
        var root = city.FacetStream("permits");
        var candidates = new PermitCandidates(city);
        var soleTrader = SoleTraderBusiness.Company(city, candidates);
        var generated = CompanyGenerator.Generate(city, root.Derive("companies"), candidates);
        var persona = SoleTraderBusiness.Procedure(city, soleTrader, root.Derive("persona").Open());
        var drafts = BusinessProcedures.Draft(city, root.Derive("suap"), generated)
            .Concat(BuildingProcedures.Draft(city, root.Derive("sue"), candidates));
        var procedures = ProcedureNumbering.Number(persona, drafts, root.Derive("protocol"));
        return new PermitRegister([soleTrader, .. generated], procedures);
    }
}
