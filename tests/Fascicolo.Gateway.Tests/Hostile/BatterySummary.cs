using System.Globalization;
using System.Text;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>The battery's numbers, as printed in the test output: requests, answers, refusals by reason, leaks.</summary>
internal static class BatterySummary
{
    public static string Of(BatteryRun run)
    {
        var verdicts = run.Verdicts;
        var text = new StringBuilder();
        Line(text, $"Hostile battery (seed {BatteryRun.Seed}): {verdicts.Count} hostile requests, {run.Legitimate.Count} legitimate reads, {run.Dossiers.Count} dossiers read first");
        Line(text, $"  cast: {run.Cast.Victims.Count} victims, {run.Cast.Citizens.Count} citizen attackers, {run.Cast.Housemates.Count} housemates, {BatteryCast.Staff.Count} staff/anonymous attackers; {run.Forbidden.DistinctiveCount} distinctive personal values");
        Line(text, $"  time: dossiers {run.Preparation.TotalSeconds:F1} s, battery {run.Battery.TotalSeconds:F1} s");
        Line(text, $"  to the gateway: {verdicts.Count(v => v.Case.ToGateway)}, straight to subgraphs: {verdicts.Count(v => !v.Case.ToGateway)}");
        Section(text, "requests by family", verdicts.GroupBy(v => v.Case.Family.Split(':')[0]));
        Section(text, "requests by attacker", verdicts.GroupBy(v => v.Case.Attacker.Label));
        Section(text, "answers (expected: status and error codes)", verdicts.GroupBy(v => $"{v.Case.Expected}: {v.Outcome}"));
        Section(text, "requests refused by reason (at least one field)", verdicts.SelectMany(v => v.Reasons.Distinct().Select(r => (Reason: r, Verdict: v))).GroupBy(p => p.Reason, p => p.Verdict));
        Line(text, $"  refused fields in all: {verdicts.Sum(v => v.Reasons.Count)}");
        Line(text, $"  LEAKS: {verdicts.Sum(v => v.Leaks.Count)} in {verdicts.Count(v => v.Leaks.Count > 0)} requests");
        Line(text, $"  wrong answers: {verdicts.Count(v => v.Violations.Count > 0)}");
        return text.ToString();
    }

    /// <summary>The first few of a list of problems, one per line.</summary>
    public static string Sample<T>(IEnumerable<T> problems, int count = 25) =>
        string.Join('\n', problems.Take(count).Select(p => "  " + p));

    private static void Section<T>(StringBuilder text, string title, IEnumerable<IGrouping<string, T>> groups)
    {
        Line(text, $"  {title}:");
        foreach (var group in groups.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            Line(text, $"    {group.Key,-44} {group.Count(),6}");
        }
    }

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
}
