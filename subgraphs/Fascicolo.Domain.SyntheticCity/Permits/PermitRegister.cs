using Fascicolo.Domain.SyntheticCity.Ledger;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>The generated businesses and procedures with their indexes and the fees they raise.</summary>
internal sealed class PermitRegister
{
    public PermitRegister(IReadOnlyList<Company> companies, IReadOnlyList<PermitProcedure> procedures)
    {
        Companies = companies;
        Procedures = procedures;
        CompaniesByFiscalCode = companies.ToDictionary(c => c.FiscalCode, StringComparer.Ordinal);
        ProceduresById = procedures.ToDictionary(p => p.Id, StringComparer.Ordinal);
        ProceduresByApplicant = procedures
            .GroupBy(p => p.ApplicantFiscalCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PermitProcedure>)[.. g], StringComparer.Ordinal);
        Debts = [.. procedures.SelectMany(p => p.Fees.Select(f => PermitFees.ToPaymentDue(p, f)))];
    }

    public IReadOnlyList<Company> Companies { get; }

    public IReadOnlyList<PermitProcedure> Procedures { get; }

    public Dictionary<string, Company> CompaniesByFiscalCode { get; }

    public Dictionary<string, PermitProcedure> ProceduresById { get; }

    public Dictionary<string, IReadOnlyList<PermitProcedure>> ProceduresByApplicant { get; }

    public IReadOnlyList<PaymentDue> Debts { get; }
}
