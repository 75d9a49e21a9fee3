using Fascicolo.Subgraphs.Education;
using Fascicolo.Subgraphs.Kit;

return await SubgraphApplication.RunAsync(args, new EducationModule());
