using Fascicolo.Subgraphs.Education.Data;
using Fascicolo.Subgraphs.Kit;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>
/// The <c>Enrolment</c> entity, owned by this subgraph and keyed by id: a child in a school for one school
/// year. Every field but the key is the pupil's personal data (the special diets sensitive: health or
/// beliefs), open to the pupil's parents through the token's wards.
/// </summary>
internal sealed class EnrolmentGraphType : ObjectGraphType<EnrolmentRecord>
{
    /// <summary>Declares the fields, the federation key and the reference resolver.</summary>
    public EnrolmentGraphType()
    {
        Name = "Enrolment";
        Description = "A child's enrolment (iscrizione) in a school for one school year, with the Comune's services.";

        this.Key("id");
        this.ResolveReference<EnrolmentReference, EnrolmentRecord>((context, reference) => EnrolmentsById.Loader.Load(context, reference.Id)!);
        this.DataSubject(e => e.PupilFiscalCode);
        this.OpenToGuardians();

        Field<NonNullGraphType<IdGraphType>>("id").Description("The enrolment id, e.g. 'ENR-2025-0000042'.").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("schoolYear").Description("The school year, e.g. '2025/26'.").Resolve(context => context.Source.SchoolYear.Label);
        Field<NonNullGraphType<CitizenGraphType>>("pupil")
            .Description("The child; the registry resolves their name and household.")
            .Resolve(context => new CitizenKey(context.Source.PupilFiscalCode));
        Field<NonNullGraphType<SchoolGraphType>>("school")
            .Description("The school.")
            .Resolve(context => SchoolsByCode.Loader.Load(context, context.Source.SchoolCode));
        Field("classYear", e => e.ClassYear, nullable: true).Description("The class year: 1-5 in primary, 1-3 in lower secondary; null in a nursery or preschool.");
        Field("section", e => e.Section).Description("The section letter (e.g. 'B'), or a nursery's age group ('Lattanti', 'Semidivezzi', 'Divezzi').");
        Field("className", e => e.ClassName).Description("The class as families say it: '3B', 'Sezione B', 'Divezzi'.");
        Field<NonNullGraphType<DateOnlyGraphType>>("enrolledOn")
            .Description("The day of the enrolment: the online application, or the automatic renewal in July.")
            .Resolve(context => context.Source.EnrolledOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SchoolServiceGraphType>>>>("services")
            .Description("The Comune's services the child uses (only in the Comune's own area).")
            .Resolve(context => context.Source.Services);
        Field<CanteenEnrolmentGraphType>("canteen")
            .Description("The canteen: fee band, fee per meal, attendance and bills; null when the child does not use it.")
            .Resolve(context => context.Source.Canteen);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpecialDietGraphType>>>>("specialDiets")
            .Description("The special diets the canteen serves the child, medical first.")
            .Resolve(context => SpecialDietsByEnrolment.Loader.LoadMany(context, context.Source.Id))
            .PersonalData(PersonalDataCategory.Sensitive);
        Field<BookVoucherGraphType>("bookVoucher")
            .Description("The textbook voucher (cedola libraria) of a primary pupil of the Comune; null otherwise.")
            .Resolve(context => BookVouchersByEnrolment.Loader.Load(context, context.Source.Id));

        // The key is what the caller (or a guarded list) already gave; everything else tells about the child.
        foreach (var field in Fields.Where(f => f.Name is not ("id" or "specialDiets")))
        {
            field.PersonalData(PersonalDataCategory.Common);
        }
    }
}
