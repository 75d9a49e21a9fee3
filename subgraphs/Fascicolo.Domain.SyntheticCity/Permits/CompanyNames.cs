namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>
/// Registered names as the Registro delle imprese shows them: a ditta individuale carries its owner's
/// surname and name, partnerships a partner's surname, companies their sign and the form's abbreviation.
/// </summary>
internal static class CompanyNames
{
    /// <summary>The name of a business of <paramref name="legalForm"/> doing <paramref name="activity"/>, owned by <paramref name="owner"/>.</summary>
    public static string For(string legalForm, AtecoActivity activity, Resident owner) => legalForm switch
    {
        LegalForms.SoleProprietorship => $"{activity.Sign} {owner.Surname} di {owner.Surname} {owner.GivenName}",
        LegalForms.GeneralPartnership => $"{activity.Sign} {owner.Surname} & C. S.n.c.",
        LegalForms.LimitedPartnership => $"{owner.Surname} {activity.Sign} S.a.s. di {owner.Surname} {owner.GivenName} & C.",
        LegalForms.LimitedCompany => $"{activity.Sign} {owner.Surname} S.r.l.",
        LegalForms.SimplifiedLimitedCompany => $"{activity.Sign} {owner.Surname} S.r.l.s.",
        _ => throw new ArgumentOutOfRangeException(nameof(legalForm), legalForm, "Unknown legal form."),
    };
}
