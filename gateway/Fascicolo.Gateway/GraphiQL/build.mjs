// Bundles GraphiQL into dist/graphiql.js and dist/graphiql.css, which the gateway embeds and serves
// under /graphiql/. Run by GraphiQL.targets when the sources or the lock file change.
import { build } from "esbuild";

await build({
  entryPoints: { graphiql: "src/index.jsx" },
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  jsx: "automatic",
  outdir: "dist",
  legalComments: "linked",
  logLevel: "warning",
  // React and GraphiQL read process.env.NODE_ENV to drop development-only code.
  define: { "process.env.NODE_ENV": "\"production\"" },
  // GraphiQL's CSS references fonts and images: inline them so the page needs no other URL.
  loader: { ".woff": "dataurl", ".woff2": "dataurl", ".ttf": "dataurl", ".svg": "dataurl", ".png": "dataurl" },
});
