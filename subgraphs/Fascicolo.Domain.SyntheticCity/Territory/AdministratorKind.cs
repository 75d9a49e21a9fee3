namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>Who administers a condominium. The numbers are stored: never renumber.</summary>
public enum AdministratorKind
{
    /// <summary>A natural person: a professional administrator or one of the owners.</summary>
    Person = 1,

    /// <summary>A company (studio or società di amministrazione condominiale).</summary>
    Company = 2,
}
