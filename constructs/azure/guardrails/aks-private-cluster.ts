import type { TerraformRule } from "../../../guardrails/rule";

export const aksPrivateCluster: TerraformRule = {
  id: "CKV_AZURE_115",
  severity: "error",
  rationale: "an API server with a public address is one leaked credential away from the cluster",
  fix: "set private_cluster_enabled = true (and private_cluster_public_fqdn_enabled = false)",
  resourceTypes: ["azurerm_kubernetes_cluster"],
  check({ config }) {
    if (config.private_cluster_enabled !== true)
      return "has a public API server (private_cluster_enabled is not true)";
    return config.private_cluster_public_fqdn_enabled === true
      ? "publishes its private API server's name in public DNS (private_cluster_public_fqdn_enabled)"
      : undefined;
  },
};
