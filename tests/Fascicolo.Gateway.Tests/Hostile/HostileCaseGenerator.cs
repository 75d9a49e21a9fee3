using System.Text.Json;
using Fascicolo.Domain.SyntheticCity;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>
/// Generates the hostile requests from a fixed seed: the same cast, dossiers and seed give the same
/// requests. Each family of attempts lives in its own part of this class.
/// </summary>
internal sealed partial class HostileCaseGenerator
{
    private readonly Random _random;
    private readonly City _city;
    private readonly BatteryCast _cast;
    private readonly IReadOnlyDictionary<string, Dossier> _dossiers;
    private readonly IReadOnlyList<string> _subgraphs;
    private readonly bool _withAccessLog;
    private readonly List<HostileCase> _cases = [];

    /// <param name="seed">The seed of every choice.</param>
    /// <param name="city">The seeded city.</param>
    /// <param name="cast">Who attacks whom.</param>
    /// <param name="dossiers">Every cast member's dossier, by fiscal code (the victims' record ids come from there).</param>
    /// <param name="subgraphs">The subgraphs running in the hub (requests are sent straight to each).</param>
    public HostileCaseGenerator(int seed, City city, BatteryCast cast, IReadOnlyDictionary<string, Dossier> dossiers, IReadOnlyList<string> subgraphs)
    {
        _random = new Random(seed);
        _city = city;
        _cast = cast;
        _dossiers = dossiers;
        _subgraphs = subgraphs;
        _withAccessLog = subgraphs.Contains(AuditSubgraph);
    }

    /// <summary>The audit subgraph's name (<c>Citizen.accessLog</c>).</summary>
    public const string AuditSubgraph = "audit";

    /// <summary>Every hostile request, in a fixed order.</summary>
    public IReadOnlyList<HostileCase> Generate()
    {
        _cases.Clear();
        AddCitizenRoots();
        AddSearches();
        AddHouseholdTraversals();
        AddOmocodicVariants();
        AddEntityRoots();
        AddEnumerations();
        AddGatewayEntities();
        AddBatches();
        AddStraightToSubgraphs();
        return [.. _cases];
    }

    private void Add(string family, Attacker attacker, string victim, string body, Expected expected, string target = HostileCase.GatewayTarget, Credential token = Credential.Gateway, bool asGet = false, bool roleRestricted = false) =>
        _cases.Add(new HostileCase(_cases.Count + 1, family, attacker, victim, target, body, token, expected, asGet, roleRestricted));

    /// <summary>Any attacker: citizens somewhat more often than staff.</summary>
    private Attacker AnyAttacker() =>
        _random.Next(5) < 3 ? Pick(_cast.Citizens) : Pick(BatteryCast.Staff);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string VictimOf(Attacker attacker) => Pick(_cast.VictimsOf(attacker, _city));

    /// <summary>
    /// Two to four sections to ask for, among which at least one the attacker may not read of others
    /// (an operator's own department and the desks' identity fields are theirs to read), and the access log.
    /// </summary>
    private string Selection(Attacker attacker, bool withFiscalCode = true)
    {
        var forbidden = DossierSections.Names.Where(s => !attacker.MayReadSection(s)).ToList();
        var chosen = new List<string> { Pick(forbidden) };
        var more = _random.Next(1, 4);
        for (var i = 0; i < more; i++)
        {
            var section = Pick(DossierSections.Names);
            if (!chosen.Contains(section))
            {
                chosen.Add(section);
            }
        }

        var selection = DossierSections.Of(chosen);
        if (_withAccessLog && _random.Next(4) == 0)
        {
            selection += "\naccessLog(first: 5) { edges { node { at role purpose subgraph data office { ente department } } } }";
        }

        return withFiscalCode && _random.Next(2) == 0 ? "fiscalCode\n" + selection : selection;
    }

    private static string Literal(string value) => JsonSerializer.Serialize(value);

    private static string Body(string query, object? variables = null) =>
        variables is null ? JsonSerializer.Serialize(new { query }) : JsonSerializer.Serialize(new { query, variables });
}
