using Fascicolo.Domain.SyntheticCity.Education;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>A medical certificate with the child it was issued for: the certificate alone does not say whose it is.</summary>
/// <param name="PupilFiscalCode">The child.</param>
/// <param name="Certificate">The certificate's metadata.</param>
internal sealed record PupilCertificate(string PupilFiscalCode, MedicalCertificate Certificate);
