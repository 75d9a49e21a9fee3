using Fascicolo.Subgraphs.Kit.Tests.Sample;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Kit.Tests.Access;

/// <summary>
/// A sample person seen as a personal folder whose data subject is found through a DataLoader (here the
/// person's own row, looked up again): shows that subject lookups batch, and that the fields' own
/// DataLoaders still batch behind the guard.
/// </summary>
public sealed class FolderType : ObjectGraphType<PersonRow>
{
    public FolderType()
    {
        Name = "Folder";
        this.PersonalData(PersonalDataCategory.Common);
        this.DataSubjects((person, context) => PersonType.People.Load(context, person.Id)
            .Then(row => (IReadOnlyCollection<string>)(row is null ? [] : [row.Id])));
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NoteType>>>>("notes")
            .Resolve(context => PersonType.Notes.LoadMany(context, context.Source.Id));
    }
}
