using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Kit.Tests.Sample;

public sealed class PersonType : ObjectGraphType<PersonRow>
{
    public static readonly SqlBatchLoader<string, PersonRow> People = new(
        "select id, ordinal, name from sample_person where id = any(@keys)",
        row => row.Id);

    public static readonly SqlBatchLoader<string, NoteRow> Notes = new(
        "select person_id, position, text from sample_note where person_id = any(@keys) order by position",
        row => row.PersonId);

    public PersonType()
    {
        Name = "Person";
        Description = "A person of the sample subgraph.";
        this.Key("id");
        Field("id", x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field("ordinal", x => x.Ordinal);
        Field("name", x => x.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NoteType>>>>("notes")
            .Description("Loaded by a DataLoader: one SQL statement for all the people of a response.")
            .Resolve(context => Notes.LoadMany(context, context.Source.Id));
        this.ResolveReference<PersonReference, PersonRow>((context, reference) => People.Load(context, reference.Id));
    }
}

public sealed class NoteType : ObjectGraphType<NoteRow>
{
    public NoteType()
    {
        Name = "Note";
        Field("position", x => x.Position);
        Field("text", x => x.Text);
    }
}
