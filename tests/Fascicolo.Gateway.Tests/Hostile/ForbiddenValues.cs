using Fascicolo.Gateway.Trust;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>
/// Which values an attacker must never see: the values that identify exactly one person of the cast (they
/// appear in that person's dossier and in no other dossier read), of every person the attacker is not,
/// leaving out what the attacker may legitimately see of others: a parent their wards' school and
/// identity data, an operator of the city with a purpose the identity data every desk reads and their own
/// department's data. Values the request itself names (an id in a root field) are left out per request.
/// </summary>
internal sealed class ForbiddenValues
{
    // Sections a guardian may read of a ward: identity fields open to guardians, and the school data.
    private static readonly HashSet<string> WardSections = new([DossierSections.Registry, DossierSections.Education], StringComparer.Ordinal);

    private readonly Dictionary<ValueKey, (string Owner, HashSet<string> Sections)> _distinctive = [];
    private readonly Dictionary<Attacker, Dictionary<ValueKey, string>> _byAttacker = [];
    private readonly IReadOnlyDictionary<string, IReadOnlySet<string>> _wards;
    private readonly Lock _gate = new();

    /// <param name="dossiers">Every dossier read before the battery.</param>
    /// <param name="wards">Each citizen's wards (the minors in their care).</param>
    public ForbiddenValues(IEnumerable<Dossier> dossiers, IReadOnlyDictionary<string, IReadOnlySet<string>> wards)
    {
        _wards = wards;
        var owners = new Dictionary<ValueKey, Dictionary<string, HashSet<string>>>();
        foreach (var dossier in dossiers)
        {
            foreach (var value in dossier.Values)
            {
                if (!owners.TryGetValue(value.Key, out var byOwner))
                {
                    owners[value.Key] = byOwner = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
                }

                if (!byOwner.TryGetValue(dossier.FiscalCode, out var sections))
                {
                    byOwner[dossier.FiscalCode] = sections = new HashSet<string>(StringComparer.Ordinal);
                }

                sections.Add(value.Section);
            }
        }

        foreach (var (value, byOwner) in owners)
        {
            if (byOwner.Count == 1)
            {
                var (owner, sections) = byOwner.Single();
                _distinctive[value] = (owner, sections);
            }
        }
    }

    /// <summary>How many values identify exactly one person.</summary>
    public int DistinctiveCount => _distinctive.Count;

    /// <summary>How many distinctive values <paramref name="fiscalCode"/>'s dossier holds.</summary>
    public int DistinctiveCountOf(string fiscalCode) => _distinctive.Values.Count(entry => entry.Owner == fiscalCode);

    /// <summary>The values <paramref name="attacker"/> must not see, each with its owner.</summary>
    public IReadOnlyDictionary<ValueKey, string> For(Attacker attacker)
    {
        lock (_gate)
        {
            if (!_byAttacker.TryGetValue(attacker, out var values))
            {
                _byAttacker[attacker] = values = _distinctive
                    .Where(entry => !MaySee(attacker, entry.Value.Owner, entry.Value.Sections))
                    .ToDictionary(entry => entry.Key, entry => entry.Value.Owner);
            }

            return values;
        }
    }

    private bool MaySee(Attacker attacker, string owner, HashSet<string> sections)
    {
        // A citizen below SPID level 2 may not see even their own values: showing them would be a refusal not made.
        if (attacker.Role == CallerRoles.Citizen && attacker.Assurance >= 2)
        {
            if (attacker.FiscalCode == owner)
            {
                return true;
            }

            // A guardian sees a ward's value through the sections open to guardians.
            if (_wards.TryGetValue(attacker.FiscalCode!, out var wards) && wards.Contains(owner) && sections.Overlaps(WardSections))
            {
                return true;
            }
        }

        // A value seen through any section the attacker may read is no secret to them.
        return sections.Any(attacker.MayReadSection);
    }
}
