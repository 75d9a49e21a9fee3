// The playground served at GET /graphql to browsers: GraphiQL talking to the same URL.
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import "graphiql/graphiql.css";
import "./page.css";

const fetcher = createGraphiQLFetcher({ url: new URL(window.location.pathname, window.location.href).href });

createRoot(document.getElementById("graphiql")).render(<GraphiQL fetcher={fetcher} defaultEditorToolsVisibility />);
