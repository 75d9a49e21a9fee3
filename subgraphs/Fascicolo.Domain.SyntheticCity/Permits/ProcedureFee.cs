namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>A fee of a procedure (diritti di istruttoria), charged as a pagoPA debt position.</summary>
/// <param name="Iupd">The debt position's number, <c>PRAT-</c> year and sequence.</param>
/// <param name="Description">The causale, e.g. <c>Diritti di istruttoria SUE - CILA - PG/2025/0123456</c>.</param>
/// <param name="AmountCents">The amount in euro cents.</param>
/// <param name="PublishedOn">The day the position was published.</param>
/// <param name="DueDate">The last day to pay.</param>
/// <param name="PaidOn">The day it was paid, or null while unpaid.</param>
public sealed record ProcedureFee(
    string Iupd,
    string Description,
    long AmountCents,
    DateOnly PublishedOn,
    DateOnly DueDate,
    DateOnly? PaidOn);
