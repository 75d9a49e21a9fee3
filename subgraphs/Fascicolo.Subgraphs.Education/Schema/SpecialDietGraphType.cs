using Fascicolo.Subgraphs.Education.Data;
using Fascicolo.Subgraphs.Kit;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>
/// The <c>SpecialDiet</c> type: a special diet served to a child at the canteen. Sensitive (GDPR art. 9):
/// a medical diet tells about the child's health, a religious or ethical one about the family's beliefs.
/// Open to the child's parents.
/// </summary>
internal sealed class SpecialDietGraphType : ObjectGraphType<SpecialDietRecord>
{
    /// <summary>Declares the fields.</summary>
    public SpecialDietGraphType()
    {
        Name = "SpecialDiet";
        Description = "A special diet (dieta speciale) served to a child at the canteen for one school year.";
        this.PersonalData(PersonalDataCategory.Sensitive);
        this.DataSubject(d => d.PupilFiscalCode);
        this.OpenToGuardians();
        Field<NonNullGraphType<SpecialDietKindGraphType>>("kind").Description("Medical, religious or ethical.").Resolve(context => context.Source.Diet.Kind);
        Field<NonNullGraphType<StringGraphType>>("code").Description("A stable code, e.g. 'COELIAC', 'NO_PORK', 'VEGETARIAN'.").Resolve(context => context.Source.Diet.Code);
        Field<NonNullGraphType<StringGraphType>>("description")
            .Description("What the kitchen serves, in Italian as on the request form, e.g. 'Dieta senza glutine (celiachia)'.")
            .Resolve(context => context.Source.Diet.Description);
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Description("The first day it is served.").Resolve(context => context.Source.Diet.StartsOn);
        Field<MedicalCertificateGraphType>("certificate")
            .Description("The medical certificate of a medical diet; null for a religious or ethical one (declared by the parents).")
            .Resolve(context => context.Source.Diet.Certificate is { } certificate ? new PupilCertificate(context.Source.PupilFiscalCode, certificate) : null);
    }
}
