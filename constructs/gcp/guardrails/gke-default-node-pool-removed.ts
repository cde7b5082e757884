import type { TerraformRule } from "../../../guardrails/rule";

export const gkeDefaultNodePoolRemoved: TerraformRule = {
  id: "CKV_GCP_123",
  severity: "error",
  rationale:
    "a pool defined in the cluster resource cannot change without replacing the cluster; pools are their own resources",
  fix: "set remove_default_node_pool = true and define every pool as a google_container_node_pool",
  resourceTypes: ["google_container_cluster"],
  check({ config }) {
    if ([config.node_pool ?? []].flat().length > 0) return "defines node pools inline (node_pool)";
    return config.remove_default_node_pool === true ? undefined : "keeps the default node pool";
  },
};
