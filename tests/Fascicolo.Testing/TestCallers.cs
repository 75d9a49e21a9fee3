using Fascicolo.Gateway.Trust;

namespace Fascicolo.Testing;

/// <summary>Callers for tests, each with a fresh request id (to find its access-log entries).</summary>
public static class TestCallers
{
    /// <summary>The ente of the test subgraphs (the kit's default <c>Access:Ente</c>): Genova.</summary>
    public const string Ente = "D969";

    /// <summary>The purpose stated by test operators and services.</summary>
    public const string Purpose = "test";

    /// <summary>A new request id.</summary>
    /// <returns>32 hex digits.</returns>
    public static string NewRequestId() => Guid.NewGuid().ToString("N");

    /// <summary>A citizen signed in with SPID level <paramref name="assurance"/>, guardian of <paramref name="wards"/>.</summary>
    /// <param name="fiscalCode">Their fiscal code.</param>
    /// <param name="assurance">The level of assurance (2 unless a test needs another).</param>
    /// <param name="wards">The minors in their care.</param>
    /// <returns>The caller.</returns>
    public static Caller Citizen(string fiscalCode, int assurance = 2, params string[] wards) =>
        new(CallerRoles.Citizen, fiscalCode, null, null, assurance, null, NewRequestId(), wards);

    /// <summary>An operator of <paramref name="department"/>.</summary>
    /// <param name="department">Their department (e.g. <c>social</c>).</param>
    /// <param name="purpose">The stated purpose; null for none.</param>
    /// <param name="ente">Their municipality.</param>
    /// <param name="subject">Their user id.</param>
    /// <returns>The caller.</returns>
    public static Caller Operator(string department, string? purpose = Purpose, string ente = Ente, string subject = "operator-tests") =>
        new(CallerRoles.Operator, subject, ente, department, 2, purpose, NewRequestId(), []);

    /// <summary>An analyst.</summary>
    /// <returns>The caller.</returns>
    public static Caller Analyst() => new(CallerRoles.Analyst, "analyst-tests", Ente, null, 2, Purpose, NewRequestId(), []);

    /// <summary>A machine client.</summary>
    /// <param name="purpose">The stated purpose; null for none.</param>
    /// <param name="subject">Its client id.</param>
    /// <returns>The caller.</returns>
    public static Caller Service(string? purpose = Purpose, string subject = "fascicolo-tests") =>
        new(CallerRoles.Service, subject, null, null, 0, purpose, NewRequestId(), []);

    /// <summary>A caller with a token naming nobody (as the gateway forwards an anonymous request).</summary>
    /// <returns>The caller.</returns>
    public static Caller Anonymous() => Caller.Anonymous(NewRequestId());
}
