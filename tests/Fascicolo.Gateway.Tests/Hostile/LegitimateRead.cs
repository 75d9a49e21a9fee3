using System.Text.Json;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>
/// A read the policy allows, made during the battery: citizens reading their own data, the operator
/// persona reading the welfare recipient with a purpose, the parent reading the pupil's school data.
/// They must get their data (the battery does not pass by refusing everything), and their reads must be
/// in the access log like every other.
/// </summary>
/// <param name="Label">What it is, for the report.</param>
/// <param name="Reader">Who reads (an attacker record stands for any caller).</param>
/// <param name="Body">The request body.</param>
/// <param name="MustBeWhole">True when no field of it may be refused.</param>
internal sealed record LegitimateRead(string Label, Attacker Reader, string Body, bool MustBeWhole)
{
    /// <summary>The purpose the operator persona states (the one <c>up</c> documents).</summary>
    public const string OperatorPurpose = "Pratica 2026/0042: contributo affitto";

    /// <summary>The operator persona of <c>up</c>: Genova's social services.</summary>
    public static Attacker OperatorPersona { get; } = new("operator-persona", CallerRoles.Operator, null, 2, Attacker.CityEnte, "social", OperatorPurpose);

    // A citizen's own dossier, without the housemates' fiscal codes (theirs, not the reader's).
    private static string OwnSections(bool withAccessLog) =>
        DossierSections.All.Replace("members { relationship { code } citizen { fiscalCode } }", "members { relationship { code } }", StringComparison.Ordinal)
        + (withAccessLog ? "\naccessLog(first: 3) { edges { node { at role purpose subgraph data office { ente department } } } }" : string.Empty);

    /// <summary>The legitimate reads of the run.</summary>
    public static IReadOnlyList<LegitimateRead> All(City city, BatteryCast cast, bool withAccessLog)
    {
        var reads = new List<LegitimateRead>();
        var own = OwnSections(withAccessLog);
        foreach (var citizen in cast.Citizens.Where(a => a.Assurance >= 2))
        {
            reads.Add(new($"own dossier of {citizen.Label} {citizen.FiscalCode}", citizen, Request($"query Own($me: FiscalCode!) {{ citizen(fiscalCode: $me) {{ fiscalCode {own} }} }}", "me", citizen.FiscalCode!), true));
        }

        var recipient = city.GetPersona(DemoPersonaKeys.WelfareRecipient).FiscalCode;
        reads.Add(new("operator persona reads the welfare recipient", OperatorPersona,
            Request($"query Folder($who: FiscalCode!) {{ citizen(fiscalCode: $who) {{ fiscalCode fullName {DossierSections.Selections[DossierSections.Welfare]} }} }}", "who", recipient), true));

        var parent = Attacker.Citizen(city.GetPersona(DemoPersonaKeys.Parent).FiscalCode, 2);
        var pupil = city.GetPersona(DemoPersonaKeys.Pupil).FiscalCode;
        reads.Add(new("parent reads the pupil's school data", parent,
            Request($"query Child($child: FiscalCode!) {{ citizen(fiscalCode: $child) {{ fiscalCode fullName {DossierSections.Selections[DossierSections.Education]} }} }}", "child", pupil), true));
        reads.Add(new("parent walks the household to the pupil's school", parent,
            Request("query Home($me: FiscalCode!) { citizen(fiscalCode: $me) { fiscalCode household { id members { relationship { code } citizen { fiscalCode enrolments { id className section canteen { mealFee { cents } } } } } } } }", "me", parent.FiscalCode!), false));
        return reads;
    }

    private static string Request(string query, string variable, string code) =>
        JsonSerializer.Serialize(new { query, variables = new Dictionary<string, string> { [variable] = code } });
}
