namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>What the law and the city's tariff say about one <see cref="ProcedureKind"/>.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Desk">The desk that handles it.</param>
/// <param name="ShortName">The name the desks use, e.g. <c>CILA</c>.</param>
/// <param name="ItalianName">The full Italian name, e.g. <c>Comunicazione di inizio lavori asseverata</c>.</param>
/// <param name="ConclusionDays">Calendar days the office has to conclude, from submission or from the integration received.</param>
/// <param name="IntegrationDays">Calendar days the applicant has to send what an integration request asks for.</param>
/// <param name="FeeCents">The diritti di istruttoria in euro cents.</param>
public sealed record ProcedureKindProfile(
    ProcedureKind Kind,
    PermitDesk Desk,
    string ShortName,
    string ItalianName,
    int ConclusionDays,
    int IntegrationDays,
    long FeeCents);
