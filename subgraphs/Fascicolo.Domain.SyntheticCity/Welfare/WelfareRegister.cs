namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>The generated welfare slice with its indexes by person.</summary>
internal sealed class WelfareRegister(IReadOnlyList<SocialOffice> offices, IReadOnlyList<SocialCase> cases, IReadOnlyList<WelfareBenefit> benefits)
{
    public IReadOnlyList<SocialOffice> Offices { get; } = offices;

    public IReadOnlyList<SocialCase> Cases { get; } = cases;

    public IReadOnlyList<WelfareBenefit> Benefits { get; } = benefits;

    public Dictionary<string, IReadOnlyList<SocialCase>> CasesByPerson { get; } = cases
        .GroupBy(c => c.FiscalCode, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<SocialCase>)g.ToArray(), StringComparer.Ordinal);

    public Dictionary<string, IReadOnlyList<WelfareBenefit>> BenefitsByPerson { get; } = benefits
        .GroupBy(b => b.BeneficiaryFiscalCode, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<WelfareBenefit>)g.ToArray(), StringComparer.Ordinal);
}
