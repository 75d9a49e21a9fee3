// Runs @apollo/gateway (with @apollo/server standalone) over a supergraph file, the second reference
// gateway of the benchmark. It serves GraphQL at "/" (Apollo's standalone server has no /graphql).
//
// Usage: node apollo-gateway.mjs <supergraph.graphql> <port>
// Prints "apollo-gateway listening on <url>" once ready; stops on SIGTERM/SIGINT.
import { readFileSync } from "node:fs";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";

const [supergraphPath, port] = process.argv.slice(2);
if (!supergraphPath || !port) {
  console.error("usage: node apollo-gateway.mjs <supergraph.graphql> <port>");
  process.exit(2);
}

const gateway = new ApolloGateway({ supergraphSdl: readFileSync(supergraphPath, "utf8") });
// Defaults otherwise, as a user would run it; the landing page and introspection do not touch the benchmark.
const server = new ApolloServer({ gateway, csrfPrevention: false });
const { url } = await startStandaloneServer(server, { listen: { host: "127.0.0.1", port: Number(port) } });
console.log(`apollo-gateway listening on ${url}`);

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => server.stop().finally(() => process.exit(0)));
}
