using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Mobility;
using Fascicolo.Subgraphs.Mobility.Gtfs;

var module = new MobilityModule();
// The kit knows `seed` and serving; `gtfs` (load a timetable feed) is this subgraph's own command.
if (args is ["gtfs", ..])
{
    return await GtfsCommand.RunAsync(args[1..], module);
}
return await SubgraphApplication.RunAsync(args, module);
