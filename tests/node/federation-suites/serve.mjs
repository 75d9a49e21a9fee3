// Serves one federation pattern suite's subgraphs (built with @apollo/subgraph, which implements the
// subgraph side of every federation directive) on one port, and counts the requests each receives,
// so that the pattern suites (tests/Fascicolo.Gateway.Federation.Tests) can assert how many subgraph
// requests a gateway made for an operation.
//
// Usage: node federation-suites/serve.mjs <suite> <port>      (the suite is the folder <suite>/index.mjs)
// Each subgraph answers POST /<name>/graphql; a subgraph with fail(request) => { status, body } answers
// that instead when it returns one (the composition probe excepted). Prints "subgraph <name> at <url>" per subgraph, then
// "federation suite <suite> listening on http://127.0.0.1:<port>" once ready; stops on SIGTERM/SIGINT.
//   GET  /__requests        {"counts":{"<name>":n,...},"requests":[{"subgraph","query","variables"}]} since the last reset
//   POST /__requests/reset  forgets them, and resets the suite's state (its optional export reset())
import { createServer } from "node:http";
import { parse, validate, execute, specifiedRules } from "graphql";
import { buildSubgraphSchema } from "@apollo/subgraph";

const [suiteName, portText] = process.argv.slice(2);
if (!suiteName || !portText) {
  console.error("usage: node federation-suites/serve.mjs <suite> <port>");
  process.exit(2);
}

const suite = await import(new URL(`./${suiteName}/index.mjs`, import.meta.url));
const schemas = new Map(suite.subgraphs.map((s) => [s.name, buildSubgraphSchema({ typeDefs: parse(s.typeDefs), resolvers: s.resolvers ?? {} })]));
const failures = new Map(suite.subgraphs.filter((s) => s.fail).map((s) => [s.name, s.fail]));
let requests = [];

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

async function runGraphQL(name, schema, req, res) {
  let request;
  try {
    request = JSON.parse(await readBody(req));
  } catch {
    return send(res, 400, { errors: [{ message: "The body is not JSON." }] });
  }
  const { query, variables, operationName } = request;
  // The composition probe is not a gateway request: it is made before any case and not counted.
  const probe = /^\s*(query\s*)?\{\s*_service\s*\{\s*sdl\s*\}\s*\}\s*$/.test(query ?? "");
  if (!probe) {
    requests.push({ subgraph: name, query, variables: variables ?? null });
    // A suite may make a subgraph's gateway requests fail at the HTTP level (the errors suite).
    const failure = failures.get(name)?.(request);
    if (failure) return send(res, failure.status, failure.body);
  }
  let document;
  try {
    document = parse(query);
  } catch (e) {
    return send(res, 200, { errors: [{ message: e.message }] });
  }
  const errors = validate(schema, document, specifiedRules);
  if (errors.length > 0) {
    console.error(`${name}: invalid request ${query}: ${errors.map((e) => e.message).join("; ")}`);
    return send(res, 200, { errors: errors.map((e) => ({ message: e.message })) });
  }
  const result = await execute({ schema, document, variableValues: variables, operationName, contextValue: {} });
  send(res, 200, result);
}

const server = createServer((req, res) => {
  const path = new URL(req.url, "http://localhost").pathname;
  if (path === "/__requests" && req.method === "GET") {
    const counts = Object.fromEntries([...schemas.keys()].map((n) => [n, requests.filter((r) => r.subgraph === n).length]));
    return send(res, 200, { counts, requests });
  }
  if (path === "/__requests/reset" && req.method === "POST") {
    requests = [];
    // A suite with state (the mutation suite's log) starts each case afresh.
    suite.reset?.();
    return send(res, 200, { ok: true });
  }
  const match = /^\/([^/]+)\/graphql$/.exec(path);
  const schema = match && schemas.get(match[1]);
  if (!schema || req.method !== "POST") {
    return send(res, 404, { errors: [{ message: `No subgraph at ${req.method} ${path}.` }] });
  }
  runGraphQL(match[1], schema, req, res).catch((e) => send(res, 500, { errors: [{ message: String(e?.stack ?? e) }] }));
});

server.listen(Number(portText), "127.0.0.1", () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const name of schemas.keys()) console.log(`subgraph ${name} at ${base}/${name}/graphql`);
  console.log(`federation suite ${suiteName} listening on ${base}`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
