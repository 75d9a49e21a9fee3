using Fascicolo.Gateway.Commands;
using Fascicolo.Gateway.Hosting;
using Fascicolo.Gateway.TrustedDocuments;

// `compose` writes schema/supergraph.graphql, `token` prints a development token, `keys` creates the
// local keys, `trusted-documents` writes schema/operations/manifest.json; anything else runs the gateway.
return args switch
{
    ["compose", ..] => await ComposeCommand.RunAsync(args[1..], Console.Out, Console.Error).ConfigureAwait(false),
    ["token", ..] => await TokenCommand.RunAsync(args[1..], Console.Out, Console.Error).ConfigureAwait(false),
    ["keys", ..] => await KeysCommand.RunAsync(args[1..], Console.Out, Console.Error).ConfigureAwait(false),
    ["trusted-documents", ..] => await TrustedDocumentsCommand.RunAsync(args[1..], Console.Out, Console.Error).ConfigureAwait(false),
    _ => await GatewayApplication.RunAsync(args).ConfigureAwait(false),
};
