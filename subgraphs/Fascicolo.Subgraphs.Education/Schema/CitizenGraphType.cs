using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Subgraphs.Education.Data;
using Fascicolo.Subgraphs.Kit;
using GraphQL;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>
/// The <c>Citizen</c> entity, owned by the registry, extended with school data: a child's enrolments
/// and textbook vouchers, and the canteen bills a parent is billed. A parent reaches a minor child's
/// data through the registry's household (<c>household { members { citizen { enrolments } } }</c>):
/// every field but the key is the citizen's personal data, open to the parents whose token names the
/// child among its wards.
/// </summary>
internal sealed class CitizenGraphType : ObjectGraphType<CitizenKey>
{
    /// <summary>Declares the key, the reference resolver and the fields.</summary>
    public CitizenGraphType()
    {
        Name = "Citizen";

        this.Key("fiscalCode");
        // No lookup: every valid fiscal code is a citizen here, with empty lists when there is no school data.
        this.ResolveReference<CitizenReference, CitizenKey>((_, reference) => new CitizenKey(reference.FiscalCode.Value));
        this.DataSubject(c => c.FiscalCode);

        Field<NonNullGraphType<FiscalCodeGraphType>>("fiscalCode")
            .Resolve(context => context.Source.FiscalCode);
        Field<ListGraphType<NonNullGraphType<EnrolmentGraphType>>>("enrolments")
            .Description("The child's enrolments, the newest school year first; empty for a citizen who is no pupil.")
            .Argument<StringGraphType>("schoolYear", "Only this school year, written like '2025/26'.")
            .Resolve(context =>
            {
                var year = ReadSchoolYear(context.GetArgument<string?>("schoolYear"));
                return EnrolmentsByPupil.Loader.LoadMany(context, context.Source.FiscalCode)
                    .Select(list => year is { } wanted ? [.. list.Where(e => e.SchoolYear == wanted)] : list);
            })
            .PersonalData(PersonalDataCategory.Common)
            .OpenToGuardians();
        Field<ListGraphType<NonNullGraphType<CanteenBillGraphType>>>("canteenBills")
            .Description("The canteen bills this citizen is billed (as the head of a pupil's household), newest first.")
            .Resolve(context => CanteenBillsByPayer.Loader.LoadMany(context, context.Source.FiscalCode))
            .PersonalData(PersonalDataCategory.Common)
            .OpenToGuardians();
        Field<ListGraphType<NonNullGraphType<BookVoucherGraphType>>>("bookVouchers")
            .Description("The child's textbook vouchers (cedole librarie), the newest school year first.")
            .Resolve(context => BookVouchersByPupil.Loader.LoadMany(context, context.Source.FiscalCode))
            .PersonalData(PersonalDataCategory.Common)
            .OpenToGuardians();
    }

    private static SchoolYear? ReadSchoolYear(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return SchoolYear.TryParse(text, out var year)
            ? year
            : throw new CodedError(
                EducationErrorCodes.InvalidSchoolYear,
                $"'schoolYear' must be written like '2025/26' (the second year following the first); it was '{text}'.");
    }
}
