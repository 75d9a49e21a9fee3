// Loads a supergraph SDL (stdin) into @apollo/gateway, as a check that the supergraphs our
// composer prints (Fascicolo.Gateway.Composition) run on the reference gateway.
// Prints one JSON object: { "ok": true, "types": [...] } or { "ok": false, "error": "..." }.
import { readFileSync } from "node:fs";
import { ApolloGateway } from "@apollo/gateway";

const supergraphSdl = readFileSync(0, "utf8");
let output;
try {
  const gateway = new ApolloGateway({ supergraphSdl });
  const { schema } = await gateway.load();
  output = { ok: true, types: Object.keys(schema.getTypeMap()).filter((t) => !t.startsWith("__")).sort() };
  await gateway.stop();
} catch (e) {
  output = { ok: false, error: String(e?.stack ?? e) };
}
process.stdout.write(JSON.stringify(output));
