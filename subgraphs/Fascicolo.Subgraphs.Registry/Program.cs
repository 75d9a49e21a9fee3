using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Registry;

return await SubgraphApplication.RunAsync(args, new RegistryModule());
