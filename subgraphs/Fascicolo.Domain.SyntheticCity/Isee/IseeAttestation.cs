namespace Fascicolo.Domain.SyntheticCity.Isee;

/// <summary>An ISEE attestation issued by INPS on a household's DSU (dichiarazione sostitutiva unica).</summary>
/// <param name="Protocol">The DSU protocol, e.g. <c>INPS-ISEE-2026-00012345G-00</c>.</param>
/// <param name="HouseholdId">The household it was computed for.</param>
/// <param name="DeclarantFiscalCode">Who submitted the DSU: the head, an adult member.</param>
/// <param name="Type">The kind of attestation.</param>
/// <param name="IssuedOn">The day INPS issued it.</param>
/// <param name="ValidUntil">31 December of the year it was issued.</param>
/// <param name="Members">How many people the ISEE household counts.</param>
/// <param name="IsrCents">ISR, the income indicator, in cents.</param>
/// <param name="IspCents">ISP, the assets indicator, in cents.</param>
/// <param name="IseCents">ISE = ISR + 20% of ISP, in cents.</param>
/// <param name="EquivalenceScale">The equivalence scale with its increases, e.g. 2.04 for three members.</param>
/// <param name="IseeCents">ISEE = ISE / scale, in cents.</param>
public sealed record IseeAttestation(
    string Protocol,
    string HouseholdId,
    string DeclarantFiscalCode,
    IseeType Type,
    DateOnly IssuedOn,
    DateOnly ValidUntil,
    int Members,
    long IsrCents,
    long IspCents,
    long IseCents,
    decimal EquivalenceScale,
    long IseeCents);
