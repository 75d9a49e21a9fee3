using Fascicolo.Domain.FiscalCodes;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>
/// Gives every resident a fiscal code unique across the city: when a code is already taken, the
/// next omocodia level is tried, as the Agenzia delle Entrate does for a second person with the
/// same data. Residents chosen on purpose start at level 1, so that every city has omocodic codes.
/// </summary>
internal sealed class FiscalCodeAssigner(int capacity)
{
    private const int MaxOmocodiaLevel = 7;

    private readonly HashSet<string> _issued = new(capacity, StringComparer.Ordinal);

    /// <summary>The code computed from a person's data, before any omocodia.</summary>
    public static string BaseCode(PersonDraft person) =>
        FiscalCodeGenerator.Generate(new PersonalData(person.Surname, person.GivenName, person.BirthDate, person.Sex, person.BirthplaceCode));

    /// <summary>Reserves <paramref name="baseCode"/>, or its first free omocodic variant, for <paramref name="person"/>.</summary>
    /// <exception cref="InvalidOperationException">All eight variants of the code are taken (nine people with the same data).</exception>
    public void Assign(PersonDraft person, string baseCode, bool omocodicOnPurpose)
    {
        for (var level = omocodicOnPurpose ? 1 : 0; level <= MaxOmocodiaLevel; level++)
        {
            var candidate = level == 0 ? baseCode : FiscalCodeGenerator.ApplyOmocodia(baseCode, level);
            if (_issued.Add(candidate))
            {
                person.FiscalCode = candidate;
                return;
            }
        }

        throw new InvalidOperationException($"Every omocodic variant of {baseCode} is taken already.");
    }
}
