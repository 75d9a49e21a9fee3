using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity.Data;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>A resident while the generator fills them in, facet by facet.</summary>
internal sealed class PersonDraft
{
    /// <summary>The ANPR relationship to the head.</summary>
    public int Relationship { get; set; }

    /// <summary>The registered sex.</summary>
    public Sex Sex { get; set; }

    /// <summary>Age in completed years at the reference date.</summary>
    public int Age { get; set; }

    /// <summary>The birth date, consistent with <see cref="Age"/>.</summary>
    public DateOnly BirthDate { get; set; }

    /// <summary>The ANPR civil status.</summary>
    public int CivilStatus { get; set; }

    /// <summary>The father, when he lives in the same household; surnames follow him.</summary>
    public PersonDraft? Father { get; set; }

    /// <summary>The mother, when she lives in the same household.</summary>
    public PersonDraft? Mother { get; set; }

    /// <summary>A member whose surname this one shares without a parent in the household (a sibling).</summary>
    public PersonDraft? SurnameFrom { get; set; }

    /// <summary>Whether this member is a live-in carer rather than family.</summary>
    public bool IsCarer { get; set; }

    /// <summary>The country of birth; null when born in Italy.</summary>
    public Country? BirthCountry { get; set; }

    /// <summary>The country of citizenship when it is not Italy.</summary>
    public Country? CitizenOf { get; set; }

    /// <summary>The naming tradition the member's names come from.</summary>
    public NameGroup Names { get; set; }

    /// <summary>The Belfiore code of the birthplace.</summary>
    public string BirthplaceCode { get; set; } = string.Empty;

    /// <summary>ISO 3166-1 alpha-2 citizenship.</summary>
    public string Citizenship { get; set; } = "IT";

    /// <summary>The surname; empty until the names facet runs.</summary>
    public string Surname { get; set; } = string.Empty;

    /// <summary>The given name; empty until the names facet runs.</summary>
    public string GivenName { get; set; } = string.Empty;

    /// <summary>The fiscal code; empty until codes are assigned.</summary>
    public string FiscalCode { get; set; } = string.Empty;

    /// <summary>Whether the member must hold a valid identity card (demo personas).</summary>
    public bool NeedsValidIdentityCard { get; set; }
}
