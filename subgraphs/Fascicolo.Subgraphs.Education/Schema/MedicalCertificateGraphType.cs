using Fascicolo.Subgraphs.Education.Data;
using Fascicolo.Subgraphs.Kit;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>
/// The <c>MedicalCertificate</c> type: the metadata of the certificate a medical diet rests on. Sensitive
/// (it tells that the child has a medical condition), open to the child's parents.
/// </summary>
internal sealed class MedicalCertificateGraphType : ObjectGraphType<PupilCertificate>
{
    /// <summary>Declares the fields and whose data they are.</summary>
    public MedicalCertificateGraphType()
    {
        Name = "MedicalCertificate";
        Description = "The medical certificate a medical special diet rests on: its metadata, never the diagnosis.";
        this.PersonalData(PersonalDataCategory.Sensitive);
        this.DataSubject(c => c.PupilFiscalCode);
        this.OpenToGuardians();
        Field("number", c => c.Certificate.Number).Description("The certificate's protocol number, e.g. 'ASL3-2025-000042'.");
        Field("issuedBy", c => c.Certificate.IssuedBy).Description("The health body, e.g. 'ASL 3 Genovese'.");
        Field("physician", c => c.Certificate.Physician).Description("The physician who signed it.");
        Field<NonNullGraphType<DateOnlyGraphType>>("issuedOn").Description("The day it was issued.").Resolve(context => context.Source.Certificate.IssuedOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("validUntil").Description("The last day it is valid: the end of the school year.").Resolve(context => context.Source.Certificate.ValidUntil);
    }
}
