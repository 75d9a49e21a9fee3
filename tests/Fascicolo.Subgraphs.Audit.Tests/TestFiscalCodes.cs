using Fascicolo.Domain.FiscalCodes;

namespace Fascicolo.Subgraphs.Audit.Tests;

/// <summary>Valid fiscal codes nobody else in the test run uses, so tests sharing the log do not see each other's entries.</summary>
internal static class TestFiscalCodes
{
    private static readonly DateOnly FirstBirthday = new(1950, 1, 1);
    private static int _next = Random.Shared.Next(0, 5_000);

    /// <summary>A new valid code: a person born in Rome on a day of their own.</summary>
    public static string Next() =>
        FiscalCodeGenerator.Generate(new PersonalData("Prova", "Audit", FirstBirthday.AddDays(Interlocked.Increment(ref _next)), Sex.Female, "H501"));
}
