using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Taxes;

return await SubgraphApplication.RunAsync(args, new TaxesModule());
