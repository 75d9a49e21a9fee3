using Fascicolo.Domain.FiscalCodes;

namespace Fascicolo.Gateway.Tests.Hostile;

// HostileCaseGenerator: citizen(fiscalCode:) with the victim's code, written every way GraphQL allows.
internal sealed partial class HostileCaseGenerator
{
    private void AddCitizenRoots()
    {
        for (var i = 0; i < 170; i++)
        {
            var attacker = AnyAttacker();
            var victim = VictimOf(attacker);
            Add("direct", attacker, victim, Body($"{{ citizen(fiscalCode: {Literal(victim)}) {{ {Selection(attacker)} }} }}"), Expected.FieldRefusals);
        }

        for (var i = 0; i < 120; i++)
        {
            var attacker = AnyAttacker();
            var victim = VictimOf(attacker);
            var query = $"query Dossier($code: FiscalCode!) {{ citizen(fiscalCode: $code) {{ {Selection(attacker)} }} }}";
            Add("variables", attacker, victim, Body(query, new { code = victim }), Expected.FieldRefusals);
        }

        for (var i = 0; i < 30; i++)
        {
            // The victim's code as the variable's default value, no variables sent.
            var attacker = AnyAttacker();
            var victim = VictimOf(attacker);
            var query = $"query Dossier($code: FiscalCode = {Literal(victim)}) {{ citizen(fiscalCode: $code) {{ {Selection(attacker)} }} }}";
            Add("variables", attacker, victim, Body(query), Expected.FieldRefusals);
        }

        for (var i = 0; i < 30; i++)
        {
            // Tokens whose subject claim names the victim: the fiscal number decides who the citizen is, and
            // a citizen token without one is no citizen at all.
            var attacker = Pick(_cast.Citizens);
            var victim = VictimOf(attacker);
            var query = $"query Dossier($code: FiscalCode!) {{ citizen(fiscalCode: $code) {{ {Selection(attacker)} }} }}";
            var (token, expected) = i % 2 == 0 ? (Credential.GatewaySubjectIsVictim, Expected.FieldRefusals) : (Credential.GatewayWithoutFiscalNumber, Expected.Unauthenticated);
            Add("subject-claim", attacker, victim, Body(query, new { code = victim }), expected, token: token);
        }

        for (var i = 0; i < 40; i++)
        {
            // GET, the way a link or a cached query would come.
            var attacker = AnyAttacker();
            var victim = VictimOf(attacker);
            var query = $"query Dossier($code: FiscalCode!) {{ citizen(fiscalCode: $code) {{ {Selection(attacker)} }} }}";
            Add("get", attacker, victim, Body(query, new { code = victim }), Expected.FieldRefusals, asGet: true);
        }

        for (var i = 0; i < 120; i++)
        {
            AddAliases();
        }

        for (var i = 0; i < 80; i++)
        {
            var attacker = AnyAttacker();
            var victim = VictimOf(attacker);
            var query = $$"""
                query Folder($who: FiscalCode!) { person: citizen(fiscalCode: $who) { ...Folder } }
                fragment Folder on Citizen { {{Selection(attacker)}} }
                """;
            Add("named-fragment", attacker, victim, Body(query, new { who = victim }), Expected.FieldRefusals);
        }

        for (var i = 0; i < 80; i++)
        {
            var attacker = AnyAttacker();
            var victim = VictimOf(attacker);
            var query = $"{{ citizen(fiscalCode: {Literal(victim)}) {{ __typename ... on Citizen {{ {Selection(attacker)} }} ... @include(if: true) {{ {Selection(attacker, withFiscalCode: false)} }} }} }}";
            Add("inline-fragment", attacker, victim, Body(query), Expected.FieldRefusals);
        }
    }

    /// <summary>
    /// Up to three victims under aliases, in any order; a citizen puts their own code among them and may
    /// name a victim's alias like their own (<c>me0</c>), so that nothing but the argument tells them apart.
    /// </summary>
    private void AddAliases()
    {
        var attacker = AnyAttacker();
        var victims = _cast.VictimsOf(attacker, _city);
        var count = _random.Next(1, 4);
        var parts = new List<string>();
        var named = new List<string>();
        if (attacker.FiscalCode is { } own)
        {
            parts.Add($"me: citizen(fiscalCode: {Literal(own)}) {{ fiscalCode {DossierSections.Of([Pick(DossierSections.Names)])} }}");
        }

        for (var i = 0; i < count; i++)
        {
            var victim = Pick(victims);
            named.Add(victim);
            var alias = _random.Next(3) == 0 && attacker.FiscalCode is not null ? $"me{i}" : $"them{i}";
            parts.Add($"{alias}: citizen(fiscalCode: {Literal(victim)}) {{ {Selection(attacker)} }}");
        }

        var shuffled = parts.OrderBy(_ => _random.Next()).ToList();
        Add("aliases", attacker, string.Join(',', named), Body($"{{ {string.Join("\n", shuffled)} }}"), Expected.FieldRefusals);
    }

    /// <summary>
    /// The registry's search by the victim's surname and birth year: refused to the roles that may not
    /// search, and otherwise every personal field of every result not the attacker's to read is refused.
    /// </summary>
    private void AddSearches()
    {
        for (var i = 0; i < 40; i++)
        {
            var attacker = AnyAttacker();
            while (attacker.Department == DossierSections.Registry && attacker.MayReadSection(DossierSections.Registry))
            {
                // The registry's own desk may search the registry.
                attacker = AnyAttacker();
            }

            var victim = VictimOf(attacker);
            var citizen = _dossiers[victim].Citizen;
            var filter = $"{{ surnamePrefix: {Literal(citizen.GetProperty("surname").GetString()!)}, birthYear: {citizen.GetProperty("birthDate").GetString()![..4]} }}";
            var query = $"{{ citizens(first: 5, filter: {filter}) {{ totalCount edges {{ node {{ fiscalCode fullName birthDate residence {{ street houseNumber }} identityDocuments {{ number }} }} }} }} }}";
            Add("search", attacker, victim, Body(query), Expected.FieldRefusals, roleRestricted: true);
        }
    }

    /// <summary>
    /// From the attacker's own citizen, through their household, to a housemate's data (spouse's
    /// vehicles, fines, ISEE...); and staff walking a victim's household.
    /// </summary>
    private void AddHouseholdTraversals()
    {
        for (var i = 0; i < 110; i++)
        {
            if (_cast.Housemates.Count > 0 && _random.Next(4) != 0)
            {
                var (attacker, victim) = Pick(_cast.Housemates);
                var members = $"citizen {{ fiscalCode fullName {Selection(attacker, withFiscalCode: false).Replace("household {", "otherHousehold: household {", StringComparison.Ordinal)} }}";
                var query = $"query Mine($me: FiscalCode!) {{ citizen(fiscalCode: $me) {{ fiscalCode household {{ id members {{ relationship {{ code }} {members} }} }} }} }}";
                Add("household", attacker, victim, Body(query, new { me = attacker.FiscalCode }), Expected.FieldRefusals);
            }
            else
            {
                var attacker = Pick(BatteryCast.Staff);
                var victim = VictimOf(attacker);
                var query = $"{{ citizen(fiscalCode: {Literal(victim)}) {{ household {{ members {{ citizen {{ {Selection(attacker)} }} }} }} }} }}";
                Add("household", attacker, victim, Body(query), Expected.FieldRefusals);
            }
        }
    }

    /// <summary>
    /// The victim's code in its omocodic variants (digits replaced by L–V), in lower case, padded: a
    /// subgraph normalising codes must still not hand over the victim's data. An attacker whose own
    /// token carries an omocodic variant of the victim's code (a different person, by law) asks too.
    /// </summary>
    private void AddOmocodicVariants()
    {
        for (var i = 0; i < 90; i++)
        {
            var attacker = AnyAttacker();
            var victim = VictimOf(attacker);
            var variant = FiscalCodeGenerator.ApplyOmocodia(victim, _random.Next(1, 8));
            var query = _random.Next(2) == 0
                ? $"{{ citizen(fiscalCode: {Literal(variant)}) {{ {Selection(attacker)} }} }}"
                : $"{{ debtorPosition(fiscalCode: {Literal(variant)}) {{ {EntityRoot.All.Single(r => r.Name == "debtorPosition").Selection} }} }}";
            Add("omocodic-argument", attacker, victim, Body(query), Expected.NoForeignData);
        }

        for (var i = 0; i < 40; i++)
        {
            var victim = Pick(_cast.Victims);
            var variant = FiscalCodeGenerator.ApplyOmocodia(victim, _random.Next(1, 8));
            var attacker = Attacker.Citizen(variant, 2);
            var code = _random.Next(3) switch { 0 => victim, 1 => variant, _ => victim.ToLowerInvariant() };
            var query = _random.Next(2) == 0
                ? $"{{ citizen(fiscalCode: {Literal(code)}) {{ {Selection(attacker)} }} }}"
                : $"{{ debtorPosition(fiscalCode: {Literal(code)}) {{ {EntityRoot.All.Single(r => r.Name == "debtorPosition").Selection} }} }}";
            Add("omocodic-subject", attacker, victim, Body(query), Expected.NoForeignData);
        }

        for (var i = 0; i < 30; i++)
        {
            var attacker = AnyAttacker();
            var victim = VictimOf(attacker);
            var mangled = _random.Next(3) switch { 0 => victim.ToLowerInvariant(), 1 => $" {victim} ", _ => victim[..8] + victim[8..].ToLowerInvariant() };
            Add("mangled-code", attacker, victim, Body($"{{ citizen(fiscalCode: {Literal(mangled)}) {{ {Selection(attacker)} }} }}"), Expected.NoForeignData);
        }
    }
}
