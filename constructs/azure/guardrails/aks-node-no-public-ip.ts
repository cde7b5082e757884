import type { TerraformRule } from "../../../guardrails/rule";
import { nodePoolOf } from "./aks-node-pools";

export const aksNodeNoPublicIp: TerraformRule = {
  id: "CKV_AZURE_143",
  severity: "error",
  rationale:
    "nodes live in the node subnet and reach out through NAT or the load balancer; a public address exposes them directly",
  fix: "leave node_public_ip_enabled unset or false on every node pool",
  resourceTypes: ["azurerm_kubernetes_cluster", "azurerm_kubernetes_cluster_node_pool"],
  check: (resource) =>
    nodePoolOf(resource).node_public_ip_enabled === true
      ? `gives the nodes of pool ${nodePoolOf(resource).name ?? "?"} public addresses`
      : undefined,
};
