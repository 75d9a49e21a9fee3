// Runs the graphql-http server audit (GraphQL-over-HTTP spec conformance) against one URL and
// prints the results as one JSON array on standard output. Used by Fascicolo.Testing.GraphQLHttpAudit.
// usage: node audit-graphql-http.mjs http://127.0.0.1:41234/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit-graphql-http.mjs <url>');
  process.exit(2);
}

const results = await auditServer({ url });
console.log(JSON.stringify(results.map((result) => ({
  id: result.id,
  name: result.name,
  status: result.status,
  reason: result.reason ?? null,
  responseStatus: result.response?.status ?? null,
}))));
