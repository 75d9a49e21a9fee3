using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Territory;

return await SubgraphApplication.RunAsync(args, new TerritoryModule());
