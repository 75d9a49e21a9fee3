// Composes live subgraphs into a supergraph file with @theguild/federation-composition, for the
// gateway differential tests and the gateway benchmark (all three gateways read the same file).
// compose-guild.mjs answers with JSON for the composition tests; this one writes a ready-to-serve file.
//
// Usage: node compose-supergraph.mjs <out.graphql> [subgraphs.json]   ([{ "name", "sdl", "url" }]; standard input without it)
// Exits 1 with the composition errors on standard error when the subgraphs do not compose.
import { readFileSync, writeFileSync } from "node:fs";
import { Kind, parse, print } from "graphql";
import { composeServices } from "@theguild/federation-composition";

const LINK_SPEC = "https://specs.apollo.dev/link/v1.0";

/**
 * GraphQL.NET subgraphs declare `schema @link(url: ".../link/v1.0", import: ["@link"])`; the Guild
 * composer copies that application next to its own `@link(url: ".../link/v1.0")`, and
 * @apollo/gateway then rejects the supergraph ("Invalid duplicate application of @core/@link").
 * Keep the first application of the link spec only: the second says nothing the first does not.
 */
function withOneLinkSpecApplication(sdl) {
  const document = parse(sdl);
  const definitions = document.definitions.map((definition) => {
    if (definition.kind !== Kind.SCHEMA_DEFINITION) return definition;
    let seen = false;
    const directives = definition.directives.filter((directive) => {
      const url = directive.arguments?.find((a) => a.name.value === "url")?.value;
      const isLinkSpec = directive.name.value === "link" && url?.kind === Kind.STRING && url.value === LINK_SPEC;
      if (!isLinkSpec) return true;
      if (seen) return false;
      seen = true;
      return true;
    });
    return { ...definition, directives };
  });
  return print({ ...document, definitions });
}

const [outPath, inPath] = process.argv.slice(2);
if (!outPath) {
  console.error("usage: node compose-supergraph.mjs <out.graphql> [subgraphs.json]");
  process.exit(2);
}
const subgraphs = JSON.parse(readFileSync(inPath ?? 0, "utf8"));
const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
if (result.errors) {
  console.error(result.errors.map((e) => `${e.extensions?.code ?? "ERROR"}: ${e.message}`).join("\n"));
  process.exit(1);
}
writeFileSync(outPath, withOneLinkSpecApplication(result.supergraphSdl) + "\n");
console.log(`supergraph of ${subgraphs.map((s) => s.name).join(", ")} written to ${outPath}`);
