import type { TerraformRule } from "../../../guardrails/rule";
import { nodePoolOf } from "./aks-node-pools";

export const aksHostEncryption: TerraformRule = {
  id: "CKV_AZURE_227",
  severity: "error",
  rationale:
    "temp disks and disk caches of the nodes hold images, logs and cached models; encryption at host covers them",
  fix: "set host_encryption_enabled = true on every node pool (the subscription registers Microsoft.Compute/EncryptionAtHost)",
  resourceTypes: ["azurerm_kubernetes_cluster", "azurerm_kubernetes_cluster_node_pool"],
  check: (resource) =>
    nodePoolOf(resource).host_encryption_enabled === true
      ? undefined
      : `does not encrypt the temp disks and caches of node pool ${nodePoolOf(resource).name ?? "?"} (host_encryption_enabled is not true)`,
};
