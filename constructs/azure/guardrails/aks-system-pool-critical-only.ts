import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const aksSystemPoolCriticalOnly: TerraformRule = {
  id: "CKV_AZURE_232",
  severity: "error",
  rationale:
    "a workload on the system pool can starve or evict CoreDNS, the metrics server and the other critical add-ons",
  fix: "set default_node_pool.only_critical_addons_enabled = true",
  resourceTypes: ["azurerm_kubernetes_cluster"],
  check: ({ config }) =>
    blockOf(config.default_node_pool).only_critical_addons_enabled === true
      ? undefined
      : "lets any pod run on its system pool (only_critical_addons_enabled is not true)",
};
