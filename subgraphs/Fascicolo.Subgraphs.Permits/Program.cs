using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Permits;

return await SubgraphApplication.RunAsync(args, new PermitsModule());
