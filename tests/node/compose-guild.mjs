// Composes subgraph SDLs with @theguild/federation-composition, the reference composer our own
// (Fascicolo.Gateway.Composition) is compared with.
//
// Usage:
//   node compose-guild.mjs name=path.graphql [name=path.graphql ...]   (or just path.graphql: the name is the file name)
//   node compose-guild.mjs < subgraphs.json                            ([{ "name", "sdl", "url"? }])
// Prints one JSON object: { "supergraphSdl", "publicSdl" } or { "errors": [{ "message", "code" }] }.
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { parse } from "graphql";
import { composeServices } from "@theguild/federation-composition";

function fromArgs(args) {
  return args.map((arg) => {
    const eq = arg.indexOf("=");
    const path = eq > 0 ? arg.slice(eq + 1) : arg;
    const name = eq > 0 ? arg.slice(0, eq) : basename(path, extname(path));
    return { name, sdl: readFileSync(path, "utf8"), url: `http://${name}.local/graphql` };
  });
}

const subgraphs = process.argv.length > 2
  ? fromArgs(process.argv.slice(2))
  : JSON.parse(readFileSync(0, "utf8"));

let output;
try {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  output = result.errors
    ? { errors: result.errors.map((e) => ({ message: e.message, code: e.extensions?.code ?? null })) }
    : { supergraphSdl: result.supergraphSdl, publicSdl: result.publicSdl };
} catch (e) {
  output = { errors: [{ message: String(e?.stack ?? e), code: "EXCEPTION" }] };
}
process.stdout.write(JSON.stringify(output));
