using Fascicolo.Subgraphs.Audit;
using Fascicolo.Subgraphs.Audit.Verify;
using Fascicolo.Subgraphs.Kit;

var module = new AuditModule();
// The kit knows `seed` and serving; `verify` (check the access log's hash chain) is this subgraph's own command.
if (args is ["verify", ..])
{
    return await VerifyCommand.RunAsync(args[1..], module);
}
return await SubgraphApplication.RunAsync(args, module);
