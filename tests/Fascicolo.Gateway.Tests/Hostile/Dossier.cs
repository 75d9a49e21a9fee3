using System.Globalization;
using System.Text.Json;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>
/// One person's personal data as a privileged caller reads it (every <see cref="DossierSections"/>
/// section): the values an attacker must never see, each with the section it came from, and the ids
/// of the person's records.
/// </summary>
internal sealed class Dossier
{
    /// <summary>Strings shorter than this are too common to identify anyone (sexes, short codes, small words).</summary>
    public const int MinimumTextLength = 5;

    /// <summary>Amounts below one euro are too common to tell people apart.</summary>
    public const long MinimumCents = 100;

    private Dossier(string fiscalCode, JsonElement citizen, IReadOnlyList<PersonalValue> values, Dictionary<string, List<string[]>> ids)
    {
        FiscalCode = fiscalCode;
        Citizen = citizen;
        Values = values;
        Ids = ids;
    }

    /// <summary>Whose dossier it is.</summary>
    public string FiscalCode { get; }

    /// <summary>The <c>citizen</c> object of the privileged read.</summary>
    public JsonElement Citizen { get; }

    /// <summary>The values of the dossier (texts of at least <see cref="MinimumTextLength"/> characters, amounts of at least <see cref="MinimumCents"/>), with their section.</summary>
    public IReadOnlyList<PersonalValue> Values { get; }

    /// <summary>The ids of the person's records by <see cref="VictimIds"/> kind.</summary>
    public IReadOnlyDictionary<string, List<string[]>> Ids { get; }

    /// <summary>The ids of one kind (none when the person has no such record).</summary>
    public IReadOnlyList<string[]> IdsOf(string kind) => Ids.TryGetValue(kind, out var ids) ? ids : [];

    /// <summary>Reads the dossier out of the privileged response's <c>citizen</c> object.</summary>
    /// <param name="fiscalCode">Whose dossier it is.</param>
    /// <param name="citizen">The <c>citizen</c> object.</param>
    /// <param name="accessLogTexts">Texts the person's access log holds that no one else's does (the purposes of reads of their data).</param>
    public static Dossier Read(string fiscalCode, JsonElement citizen, params IEnumerable<string> accessLogTexts)
    {
        var values = new List<PersonalValue> { PersonalValue.Text(DossierSections.Registry, fiscalCode) };
        values.AddRange(accessLogTexts.Select(text => PersonalValue.Text(DossierSections.AccessLog, text)));
        foreach (var property in citizen.EnumerateObject())
        {
            if (DossierSections.SectionOfField.TryGetValue(property.Name, out var section))
            {
                Collect(section, property.Name, property.Value, values, property.Name == "properties");
            }
        }

        return new Dossier(fiscalCode, citizen.Clone(), values, VictimIds.Read(fiscalCode, citizen));
    }

    /// <summary>
    /// Collects the values under one top-level field. Public identifiers are left out: a building's id, and
    /// the ids of the cadastral units a person owns (anyone may list a building's units; that the person
    /// owns them is what is personal, and the owners are checked as such), and an enrolment's date (every
    /// renewal is dated 1 July of its school year: the date names a school year, not a person; a guardian
    /// reading their own wards' enrolments would otherwise "leak" a cast pupil's renewal date).
    /// </summary>
    private static void Collect(string section, string name, JsonElement value, List<PersonalValue> values, bool cadastralUnits)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject().Where(p => p.Name is not ("building" or "enrolledOn") && !(cadastralUnits && p.Name == "id")))
                {
                    Collect(section, property.Name, property.Value, values, cadastralUnits);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    Collect(section, name, item, values, cadastralUnits);
                }

                break;
            case JsonValueKind.String when value.GetString() is { Length: >= MinimumTextLength } text:
                values.Add(PersonalValue.Text(section, text));
                break;
            case JsonValueKind.Number when name == "cents" && value.TryGetInt64(out var cents) && Math.Abs(cents) >= MinimumCents:
                values.Add(PersonalValue.Cents(section, cents));
                break;
        }
    }
}

/// <summary>A value of someone's dossier: a text, or an amount in cents (<see cref="IsCents"/>).</summary>
/// <param name="Section">The dossier section it came from.</param>
/// <param name="Value">The text, or the cents in invariant digits.</param>
/// <param name="IsCents">True for an amount.</param>
internal readonly record struct PersonalValue(string Section, string Value, bool IsCents)
{
    public static PersonalValue Text(string section, string text) => new(section, text, false);

    public static PersonalValue Cents(string section, long cents) => new(section, cents.ToString(CultureInfo.InvariantCulture), true);

    /// <summary>The value without its section: what is compared with responses.</summary>
    public ValueKey Key => new(Value, IsCents);
}

/// <summary>A text or an amount, as compared with what responses contain.</summary>
/// <param name="Value">The text, or the cents in invariant digits.</param>
/// <param name="IsCents">True for an amount.</param>
internal readonly record struct ValueKey(string Value, bool IsCents)
{
    public override string ToString() => IsCents ? $"{Value} cents" : $"\"{Value}\"";
}
