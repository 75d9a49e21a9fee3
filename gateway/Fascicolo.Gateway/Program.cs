using Fascicolo.Gateway.Commands;
using Fascicolo.Gateway.Hosting;

// `compose` writes schema/supergraph.graphql; anything else runs the gateway.
return args is ["compose", ..]
    ? await ComposeCommand.RunAsync(args[1..], Console.Out, Console.Error).ConfigureAwait(false)
    : await GatewayApplication.RunAsync(args).ConfigureAwait(false);
