using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity.Data;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>Where in Italy a resident was born, given where they live and how old they are.</summary>
internal sealed class ItalianBirthplacePicker
{
    private readonly string[] _anywhere;

    /// <summary>Uses the active municipalities of <paramref name="birthplaces"/> for the occasional birthplace anywhere in Italy.</summary>
    public ItalianBirthplacePicker(Birthplaces birthplaces)
    {
        ArgumentNullException.ThrowIfNull(birthplaces);

        // M codes belong to municipalities created by recent mergers: nobody old was born there.
        // The list is ordered by code, so the picks do not depend on how the data file is sorted.
        _anywhere = birthplaces.ActiveMunicipalities
            .Select(b => b.Code)
            .Where(code => !code.StartsWith('M') && code != Municipalities.Genova.BelfioreCode)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The Belfiore code of the birthplace of someone aged <paramref name="age"/> living in <paramref name="area"/>.</summary>
    public string Pick(AreaProfile area, int age, SplitMix64 random)
    {
        var roll = random.NextDouble();
        if (area.Municipality == Municipalities.Genova)
        {
            // The elderly include the many who came from the south in the fifties and sixties.
            var bornInGenova = age switch { < 40 => 0.86, < 65 => 0.74, _ => 0.60 };
            if (roll < bornInGenova)
            {
                return Municipalities.Genova.BelfioreCode;
            }
        }
        else
        {
            // The towns around Genova have no maternity ward: their young were born in Genova's
            // hospitals, their elderly often at home.
            var (inGenova, atHome) = age < 50 ? (0.65, 0.05) : (0.40, 0.20);
            if (roll < inGenova)
            {
                return Municipalities.Genova.BelfioreCode;
            }

            if (roll < inGenova + atHome)
            {
                return area.Municipality.BelfioreCode;
            }
        }

        return random.Chance(0.8) || _anywhere.Length == 0
            ? ItalianBirthplaces.Elsewhere.Pick(random)
            : random.Pick(_anywhere);
    }
}
