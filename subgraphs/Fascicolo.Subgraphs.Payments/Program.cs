using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Payments;

return await SubgraphApplication.RunAsync(args, new PaymentsModule());
