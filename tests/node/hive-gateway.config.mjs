// Hive Gateway configuration of the gateway benchmark and the differential tests. Defaults
// throughout, except that the outbound in-flight request de-duplication (on by default: identical
// subgraph requests in flight at the same time share one HTTP call) can be switched off with
// FASCICOLO_HIVE_DEDUPLICATE=false, so that the benchmark can also compare gateways doing the same
// number of subgraph calls.
import { defineConfig } from "@graphql-hive/gateway";

export const gatewayConfig = defineConfig({
  transportEntries: {
    "*.http": {
      options: {
        deduplicateInflightRequests: process.env.FASCICOLO_HIVE_DEDUPLICATE !== "false",
      },
    },
  },
});
