using System.Collections.Frozen;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>The legal forms of the city's businesses, by the code <see cref="Company.LegalForm"/> holds.</summary>
public static class LegalForms
{
    /// <summary>Ditta individuale: a sole trader.</summary>
    public const string SoleProprietorship = "DI";

    /// <summary>Società in nome collettivo.</summary>
    public const string GeneralPartnership = "SNC";

    /// <summary>Società in accomandita semplice.</summary>
    public const string LimitedPartnership = "SAS";

    /// <summary>Società a responsabilità limitata.</summary>
    public const string LimitedCompany = "SRL";

    /// <summary>Società a responsabilità limitata semplificata.</summary>
    public const string SimplifiedLimitedCompany = "SRLS";

    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [SoleProprietorship] = "Ditta individuale",
        [GeneralPartnership] = "Società in nome collettivo",
        [LimitedPartnership] = "Società in accomandita semplice",
        [LimitedCompany] = "Società a responsabilità limitata",
        [SimplifiedLimitedCompany] = "Società a responsabilità limitata semplificata",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The Italian name of a legal form code, e.g. <c>Ditta individuale</c> for <c>DI</c>; null for an unknown code.</summary>
    public static string? NameOf(string code) => code is null ? null : Names.GetValueOrDefault(code);
}
