namespace Fascicolo.Domain.SyntheticCity.Mobility.Transit;

/// <summary>A line of the synthetic network.</summary>
/// <param name="Id">The route id and short name, e.g. <c>1</c> or <c>M</c>.</param>
/// <param name="LongName">The terminuses, e.g. <c>Caricamento – Voltri</c>.</param>
/// <param name="Mode">The kind of line.</param>
/// <param name="Color">The route colour (six hex digits), or null to leave it out.</param>
/// <param name="Path">
/// Places and the streets between them: <c>Place | Street | Place | Street | Place</c>. Legs longer
/// than about 450 m get stops named after their street (<c>Via Gramsci 1</c>, <c>Via Gramsci 2</c>).
/// </param>
/// <param name="HeadwayMinutes">Minutes between departures on a weekday daytime.</param>
/// <param name="LastDeparture">The last departure from a terminus, in minutes after midnight (past 1440 for after midnight).</param>
internal sealed record TransitLine(string Id, string LongName, TransitMode Mode, string? Color, string Path, int HeadwayMinutes, int LastDeparture);
