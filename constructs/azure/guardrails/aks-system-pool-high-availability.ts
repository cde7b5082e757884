import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const aksSystemPoolHighAvailability: TerraformRule = {
  id: "platform-aks-system-pool-high-availability",
  severity: "error",
  rationale:
    "the system pool runs CoreDNS and the controllers; in production it survives the loss of a node and a zone",
  fix: "keep cluster.systemNodes.minSize at 2 or more and the default node pool in 2 or more zones",
  tiers: ["prod"],
  resourceTypes: ["azurerm_kubernetes_cluster"],
  check({ config }) {
    const pool = blockOf(config.default_node_pool);
    const minimum = pool.auto_scaling_enabled === true ? (pool.min_count ?? 0) : (pool.node_count ?? 1);
    if (minimum < 2) return `may shrink to ${minimum} system node${minimum === 1 ? "" : "s"}`;
    const zones = (pool.zones ?? []).length;
    return zones >= 2
      ? undefined
      : `runs its system pool in ${zones === 0 ? "no" : zones} zone${zones === 1 ? "" : "s"}`;
  },
};
