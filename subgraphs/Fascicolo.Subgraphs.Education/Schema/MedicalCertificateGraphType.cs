using Fascicolo.Domain.SyntheticCity.Education;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>The <c>MedicalCertificate</c> type: the metadata of the certificate a medical diet rests on.</summary>
internal sealed class MedicalCertificateGraphType : ObjectGraphType<MedicalCertificate>
{
    /// <summary>Declares the fields.</summary>
    public MedicalCertificateGraphType()
    {
        Name = "MedicalCertificate";
        Description = "The medical certificate a medical special diet rests on: its metadata, never the diagnosis.";
        Field("number", c => c.Number).Description("The certificate's protocol number, e.g. 'ASL3-2025-000042'.");
        Field("issuedBy", c => c.IssuedBy).Description("The health body, e.g. 'ASL 3 Genovese'.");
        Field("physician", c => c.Physician).Description("The physician who signed it.");
        Field<NonNullGraphType<DateOnlyGraphType>>("issuedOn").Description("The day it was issued.").Resolve(context => context.Source.IssuedOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("validUntil").Description("The last day it is valid: the end of the school year.").Resolve(context => context.Source.ValidUntil);
    }
}
