using Fascicolo.Domain.Taxes.Tari;
using Fascicolo.Subgraphs.Taxes.Data;

namespace Fascicolo.Subgraphs.Taxes.Positions;

/// <summary>A TARI bill with the account it was computed for.</summary>
/// <param name="Occupancy">The dwelling and household size.</param>
/// <param name="Bill">The computed bill.</param>
internal sealed record TariBillView(TariOccupancyRecord Occupancy, TariBill Bill);
