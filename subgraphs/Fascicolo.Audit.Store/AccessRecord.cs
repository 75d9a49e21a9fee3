namespace Fascicolo.Audit.Store;

/// <summary>One read of one person's personal data by one caller in one subgraph request.</summary>
/// <param name="At">When the data was read (stored to the microsecond).</param>
/// <param name="RequestId">The gateway's request id, shared by every subgraph call of one client request.</param>
/// <param name="Subgraph">The subgraph that returned the data (e.g. <c>welfare</c>).</param>
/// <param name="ActorRole">The caller's role (citizen, operator, service).</param>
/// <param name="ActorSubject">The caller's id (a citizen's fiscal code, an operator's user id).</param>
/// <param name="ActorEnte">The operator's ente (Belfiore code).</param>
/// <param name="ActorDepartment">The operator's department.</param>
/// <param name="Assurance">The caller's level of assurance (0–3).</param>
/// <param name="Purpose">The purpose stated on the request.</param>
/// <param name="Client">The client application, when known.</param>
/// <param name="DataSubject">Whose data: a fiscal code.</param>
/// <param name="Fields">The schema coordinates read (<c>Type.field</c>), sorted and distinct.</param>
public sealed record AccessRecord(
    DateTimeOffset At,
    string RequestId,
    string Subgraph,
    string ActorRole,
    string? ActorSubject,
    string? ActorEnte,
    string? ActorDepartment,
    int Assurance,
    string? Purpose,
    string? Client,
    string DataSubject,
    IReadOnlyList<string> Fields);
