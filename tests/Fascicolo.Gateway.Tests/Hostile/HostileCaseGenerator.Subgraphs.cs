using System.Text.Json;
using Fascicolo.Domain.FiscalCodes;

namespace Fascicolo.Gateway.Tests.Hostile;

// HostileCaseGenerator: _entities sent straight to each subgraph, around the gateway.
internal sealed partial class HostileCaseGenerator
{
    private const string AccessLogSelection = "accessLog(first: 5) { edges { node { at role purpose subgraph data office { ente department } } } }";

    private static readonly Credential[] Unauthenticated =
    [
        Credential.None, Credential.ForgedKey, Credential.Replayed, Credential.OtherBody,
        Credential.OtherAudience, Credential.Expired, Credential.EndUserToken,
    ];

    /// <summary>
    /// For every subgraph: the victim's <c>Citizen</c> (and the subgraph's own entities) through
    /// <c>_entities</c>, with no token or a bad one (401), and with a genuine token naming the attacker
    /// (the subgraph's own rules must refuse, whatever the gateway would have done).
    /// </summary>
    private void AddStraightToSubgraphs()
    {
        foreach (var subgraph in _subgraphs)
        {
            foreach (var token in Unauthenticated)
            {
                for (var i = 0; i < 3; i++)
                {
                    var attacker = AnyAttacker();
                    var (victim, body) = EntitiesRequest(subgraph, attacker);
                    Add($"subgraph:{token}", attacker, victim, body, Expected.Unauthenticated, subgraph, token);
                }
            }

            for (var i = 0; i < 12; i++)
            {
                var attacker = AnyAttacker();
                while (attacker.MayReadSection(subgraph))
                {
                    attacker = AnyAttacker();
                }

                var (victim, body) = EntitiesRequest(subgraph, attacker);
                Add($"subgraph:{Credential.SignedForAttacker}", attacker, victim, body, Expected.FieldRefusals, subgraph, Credential.SignedForAttacker);
            }

            for (var i = 0; i < 3; i++)
            {
                // A genuine token of the holder of an omocodic variant of the victim's code, asking for that variant.
                var victim = Pick(_cast.Victims);
                var variant = FiscalCodeGenerator.ApplyOmocodia(victim, _random.Next(1, 8));
                var selection = subgraph == AuditSubgraph ? AccessLogSelection : DossierSections.Selections[subgraph];
                var body = EntitiesBody("Citizen", selection, new Dictionary<string, string> { ["__typename"] = "Citizen", ["fiscalCode"] = variant });
                Add("subgraph-omocodic", Attacker.Citizen(variant, 2), victim, body, Expected.NoForeignData, subgraph, Credential.SignedForAttacker);
            }
        }
    }

    /// <summary>An <c>_entities</c> request for one of the victim's records in <paramref name="subgraph"/>.</summary>
    private (string Victim, string Body) EntitiesRequest(string subgraph, Attacker attacker)
    {
        var entities = EntityRoot.EntitiesOf(subgraph).ToList();
        var victims = _cast.VictimsOf(attacker, _city);
        var records = Targets.Where(t => entities.Contains(t.Root) && victims.Contains(t.Victim) && !attacker.MayReadSection(subgraph)).ToList();
        if (records.Count > 0 && _random.Next(2) == 0)
        {
            var record = Pick(records);
            var representation = new Dictionary<string, string> { ["__typename"] = record.Root.TypeName!, [record.Root.KeyField!] = record.Id[0] };
            return (record.Victim, EntitiesBody(record.Root.TypeName!, record.Root.Selection, representation));
        }

        var victim = Pick(victims);
        var selection = subgraph == AuditSubgraph ? AccessLogSelection : DossierSections.Selections[subgraph];
        return (victim, EntitiesBody("Citizen", selection, new Dictionary<string, string> { ["__typename"] = "Citizen", ["fiscalCode"] = victim }));
    }

    private static string EntitiesBody(string typeName, string selection, Dictionary<string, string> representation) =>
        JsonSerializer.Serialize(new
        {
            query = $"query Entities($representations: [_Any!]!) {{ _entities(representations: $representations) {{ ... on {typeName} {{ {selection} }} }} }}",
            variables = new { representations = new[] { representation } },
        });
}
