namespace Fascicolo.Subgraphs.Kit.Tests.Sample;

/// <summary>A row of <c>sample_person</c>.</summary>
public sealed record PersonRow(string Id, int Ordinal, string Name);

/// <summary>A row of <c>sample_note</c> (mapped by Dapper from snake_case columns).</summary>
public sealed record NoteRow(string PersonId, int Position, string Text);

/// <summary>The representation of a Person in <c>_entities</c> (a class: records cannot be representations).</summary>
public sealed class PersonReference
{
    public string Id { get; set; } = "";
}
