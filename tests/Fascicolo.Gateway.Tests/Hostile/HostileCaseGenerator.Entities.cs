using System.Globalization;
using System.Text.Json;
using Fascicolo.Domain.SyntheticCity.Welfare;

namespace Fascicolo.Gateway.Tests.Hostile;

// HostileCaseGenerator: the victim's records by id, _entities at the gateway, batched requests.
internal sealed partial class HostileCaseGenerator
{
    /// <summary>A victim's record that can be asked for by id.</summary>
    private sealed record Target(string Victim, EntityRoot Root, string[] Id);

    private List<Target>? _targets;

    /// <summary>Every record of every victim that a root field or a representation can name.</summary>
    private List<Target> Targets => _targets ??=
    [
        .. from victim in _cast.Victims
           from root in EntityRoot.All
           from id in _dossiers[victim].IdsOf(root.IdKind)
           select new Target(victim, root, id),
    ];

    /// <summary>A record the attacker may not read: not theirs, nor of a section theirs to read (an operator's department, a desk's registry).</summary>
    private Target TargetFor(Attacker attacker)
    {
        var victims = _cast.VictimsOf(attacker, _city);
        return Pick(Targets.Where(t => victims.Contains(t.Victim) && !attacker.MayReadSection(t.Root.Subgraph)).ToList());
    }

    private static string RootCall(Target target) =>
        string.Format(CultureInfo.InvariantCulture, target.Root.RootField, [.. target.Id.Select(id => (object)Literal(id))]);

    private void AddEntityRoots()
    {
        for (var i = 0; i < 260; i++)
        {
            var attacker = AnyAttacker();
            var target = TargetFor(attacker);
            var query = _random.Next(3) switch
            {
                0 => $"{{ {RootCall(target)} {{ {target.Root.Selection} }} }}",
                1 => $"{{ first: {RootCall(target)} {{ {target.Root.Selection} }} again: {RootCall(target)} {{ __typename }} }}",
                _ => $"query Record {{ record: {RootCall(target)} {{ ...R }} }} fragment R on {TypeOfRoot(target.Root)} {{ {target.Root.Selection} }}",
            };
            Add($"entity-root:{target.Root.Name}", attacker, target.Victim, Body(query), Expected.FieldRefusals);
        }
    }

    /// <summary>
    /// The lists that reach many people's records at once: every building's units and their owners, the
    /// permit desks' procedures, a social office's cases.
    /// </summary>
    private void AddEnumerations()
    {
        var offices = _city.SocialCases().Select(c => c.OfficeCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < 45; i++)
        {
            var attacker = AnyAttacker();
            var query = (i % 3) switch
            {
                0 => "{ buildings(first: 10) { edges { node { id cadastralUnits { id owners { owner { fiscalCode } since } } } } } }",
                1 => "{ procedures(first: 10) { edges { node { id protocolNumber title submittedAt applicant { fiscalCode } fees { amount { cents formatted } } } } } }",
                _ => $"{{ socialCases(first: 10, officeCode: {Literal(Pick(offices))}) {{ edges {{ node {{ id socialWorker openedOn person {{ fiscalCode }} benefits {{ name monthlyAmount {{ cents formatted }} }} }} }} }} }}",
            };
            Add("enumeration", attacker, "(many)", Body(query), Expected.FieldRefusals, roleRestricted: true);
        }
    }

    /// <summary><c>_entities</c> is the subgraphs' entry point, not the graph's: the gateway must not know it.</summary>
    private void AddGatewayEntities()
    {
        for (var i = 0; i < 50; i++)
        {
            var attacker = AnyAttacker();
            var victim = VictimOf(attacker);
            var section = Pick(DossierSections.Names);
            const string Query = "query E($representations: [_Any!]!) { _entities(representations: $representations) { ... on Citizen { fiscalCode } } }";
            var body = _random.Next(2) == 0
                ? Body(Query.Replace("fiscalCode", DossierSections.Selections[section], StringComparison.Ordinal), new { representations = new[] { new Dictionary<string, string> { ["__typename"] = "Citizen", ["fiscalCode"] = victim } } })
                : Body($"{{ _entities(representations: [{{ __typename: \"Citizen\", fiscalCode: {Literal(victim)} }}]) {{ ... on Citizen {{ {DossierSections.Selections[section]} }} }} }}");
            Add("gateway-_entities", attacker, victim, body, Expected.ValidationFailed);
        }
    }

    /// <summary>Several operations in one JSON array, mixing an innocent one with the attack.</summary>
    private void AddBatches()
    {
        for (var i = 0; i < 40; i++)
        {
            var attacker = AnyAttacker();
            var victim = VictimOf(attacker);
            var batch = new List<object> { new { query = "{ currentSchoolYear }" } };
            for (var j = _random.Next(1, 4); j > 0; j--)
            {
                batch.Add(new { query = $"query V($c: FiscalCode!) {{ citizen(fiscalCode: $c) {{ {Selection(attacker)} }} }}", variables = new { c = victim } });
            }

            Add("batched", attacker, victim, JsonSerializer.Serialize(batch.OrderBy(_ => _random.Next()).ToList()), Expected.BatchingNotSupported);
        }
    }

    private static string TypeOfRoot(EntityRoot root) => root.Name switch
    {
        "trafficFine" => "TrafficFine",
        "iseeAttestation" => "IseeAttestation",
        "paymentNotice" => "PaymentOption",
        "debtorPosition" => "DebtorPosition",
        "procedureByProtocolNumber" => "Procedure",
        _ => root.TypeName!,
    };
}
