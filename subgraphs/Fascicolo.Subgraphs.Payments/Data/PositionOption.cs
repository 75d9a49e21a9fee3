namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>A payment option seen with its position: whether it can be paid depends on its siblings.</summary>
/// <param name="Position">The position, with every option.</param>
/// <param name="Option">The option, one of <see cref="PositionRecord.Options"/>.</param>
internal sealed record PositionOption(PositionRecord Position, OptionRecord Option);
