using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Welfare;

return await SubgraphApplication.RunAsync(args, new WelfareModule());
