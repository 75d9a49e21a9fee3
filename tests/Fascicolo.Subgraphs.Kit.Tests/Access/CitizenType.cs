using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Kit.Tests.Access;

public sealed class CitizenType : ObjectGraphType<CitizenRow>
{
    /// <summary>The department of the <c>grade</c> field (others default to the module's).</summary>
    public const string SchoolDepartment = "education";

    public CitizenType()
    {
        Name = "Citizen";
        this.Key("fiscalCode");
        this.DataSubject(c => c.FiscalCode);
        Field<NonNullGraphType<StringGraphType>>("fiscalCode").Resolve(c => c.Source.FiscalCode);
        Field<StringGraphType>("name").Resolve(c => c.Source.Name)
            .PersonalData(PersonalDataCategory.Common).Department(AccessExtensions.AnyDepartment).OpenToGuardians();
        Field<IntGraphType>("income").Resolve(c => c.Source.Income)
            .PersonalData(PersonalDataCategory.Sensitive);
        Field<StringGraphType>("grade").Resolve(c => c.Source.Grade)
            .PersonalData(PersonalDataCategory.Common).Department(SchoolDepartment).OpenToGuardians();
        Field<NonNullGraphType<StringGraphType>>("secret").Resolve(c => c.Source.Secret)
            .PersonalData(PersonalDataCategory.Sensitive);
        this.ResolveReference<CitizenReference, CitizenRow>((_, reference) => AccessData.Find(reference.FiscalCode));
    }
}

public sealed class HouseholdType : ObjectGraphType<HouseholdRow>
{
    public HouseholdType()
    {
        Name = "Household";
        this.PersonalData(PersonalDataCategory.Common);
        // Asynchronous on purpose: exercises the guard's pending path.
        this.DataSubjects(async (household, _) =>
        {
            await Task.Yield();
            return (IReadOnlyCollection<string>)household.Members;
        });
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("members").Resolve(c => c.Source.Members);
    }
}
