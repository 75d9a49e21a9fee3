namespace Fascicolo.Audit.Store.Tests;

/// <summary>Access records for the tests: distinct per index so a swapped or lost entry shows.</summary>
internal static class AccessRecords
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 15, TimeSpan.Zero);

    public static AccessRecord Operator(int index, string dataSubject = "RPTSRA91B54D969U") => new(
        Start.AddTicks(index * 12_345_677L),
        "req-" + index,
        "welfare",
        "operator",
        "op-" + index,
        "D969",
        "social",
        2,
        "pratica " + index,
        "desk",
        dataSubject,
        ["SocialCase.services", "Citizen.socialFolder"]);

    public static AccessRecord Citizen(int index, string fiscalCode) => new(
        Start.AddSeconds(index),
        "req-c" + index,
        "education",
        "citizen",
        fiscalCode,
        null,
        null,
        3,
        null,
        null,
        fiscalCode,
        ["Citizen.enrolments"]);
}
