namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>The medical certificate a medical special diet rests on (metadata only, never the diagnosis text).</summary>
/// <param name="Number">The certificate's protocol number, e.g. <c>ASL3-2025-004217</c>.</param>
/// <param name="IssuedBy">The health body, e.g. <c>ASL 3 Genovese</c>.</param>
/// <param name="Physician">The physician who signed it, e.g. <c>Dott.ssa Laura Bianchi</c>.</param>
/// <param name="IssuedOn">The day it was issued.</param>
/// <param name="ValidUntil">The last day it is valid: the end of the school year it was issued for.</param>
public sealed record MedicalCertificate(string Number, string IssuedBy, string Physician, DateOnly IssuedOn, DateOnly ValidUntil);
