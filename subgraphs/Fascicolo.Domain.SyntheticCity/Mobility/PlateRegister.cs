namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>
/// Hands out unique plates near a wanted position of the national sequence: a taken position moves
/// on to the next free one, as the motorisation office would simply issue the next plate.
/// </summary>
internal sealed class PlateRegister
{
    private readonly HashSet<long> _issued = [];

    /// <summary>Marks a fixed plate (a persona's) as issued.</summary>
    public void Reserve(string plate) => _issued.Add(ItalianPlates.ToSequence(plate));

    /// <summary>Issues the first free plate at or after <paramref name="wanted"/>.</summary>
    public string Issue(long wanted)
    {
        var sequence = wanted;
        while (!_issued.Add(sequence))
        {
            sequence = (sequence + 1) % ItalianPlates.SequenceLength;
        }
        return ItalianPlates.FromSequence(sequence);
    }
}
