namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>A generated fine before it is numbered (numbers follow the order fines were committed in).</summary>
internal sealed record FineDraft(
    string Plate,
    string DebtorFiscalCode,
    DateTime CommittedAt,
    string Place,
    HighwayCodeViolation Violation,
    DateOnly NotifiedOn,
    long ExpensesCents,
    DateOnly? PaidOn,
    long? PaidCents);
