using NpgsqlTypes;

namespace Fascicolo.Subgraphs.Kit.Tests.Sample;

/// <summary>Seeds people P0001.. with two notes each, with binary COPY.</summary>
public class SampleSeeder : ISubgraphSeeder
{
    public const int NotesPerPerson = 2;

    public virtual async Task<SeedResult> SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        var people = await CopyPeopleAsync(context, cancellationToken);
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        await using (var notes = await connection.BeginBinaryImportAsync("copy sample_note (person_id, position, text) from stdin (format binary)", cancellationToken))
        {
            for (var i = 1; i <= context.Residents; i++)
            {
                for (var position = 1; position <= NotesPerPerson; position++)
                {
                    await notes.StartRowAsync(cancellationToken);
                    await notes.WriteAsync(PersonId(i), NpgsqlDbType.Text, cancellationToken);
                    await notes.WriteAsync(position, NpgsqlDbType.Integer, cancellationToken);
                    await notes.WriteAsync($"note {position} of person {i}", NpgsqlDbType.Text, cancellationToken);
                }
            }
            await notes.CompleteAsync(cancellationToken);
        }
        return new SeedResult(new Dictionary<string, long> { ["sample_person"] = people, ["sample_note"] = people * NotesPerPerson })
        {
            Details = new { firstPerson = PersonId(1) },
        };
    }

    public static string PersonId(int ordinal) => $"P{ordinal:D4}";

    /// <summary>Writes the people in their own committed COPY, reporting progress.</summary>
    protected static async Task<long> CopyPeopleAsync(SeedContext context, CancellationToken cancellationToken)
    {
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        await using var copy = await connection.BeginBinaryImportAsync("copy sample_person (id, ordinal, name) from stdin (format binary)", cancellationToken);
        for (var i = 1; i <= context.Residents; i++)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(PersonId(i), NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync($"Person {i}", NpgsqlDbType.Text, cancellationToken);
            context.Progress.Report("sample_person", i, context.Residents);
        }
        return (long)await copy.CompleteAsync(cancellationToken);
    }
}

/// <summary>Commits the people, then fails: the kit must leave nothing behind.</summary>
public sealed class FailingSeeder : SampleSeeder
{
    public const string Failure = "the sample seeder failed midway";

    public override async Task<SeedResult> SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        await CopyPeopleAsync(context, cancellationToken);
        throw new InvalidOperationException(Failure);
    }
}

/// <summary>Commits the people, signals, then waits to be cancelled (a Ctrl-C mid-seed).</summary>
public sealed class BlockingSeeder : SampleSeeder
{
    public TaskCompletionSource PeopleWritten { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async Task<SeedResult> SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        await CopyPeopleAsync(context, cancellationToken);
        PeopleWritten.SetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }
}
