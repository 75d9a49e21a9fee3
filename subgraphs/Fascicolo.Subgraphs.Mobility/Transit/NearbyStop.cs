namespace Fascicolo.Subgraphs.Mobility.Transit;

/// <summary>A stop and how far it is from the point asked about.</summary>
internal sealed record NearbyStop(StopRecord Stop, int DistanceMetres);
