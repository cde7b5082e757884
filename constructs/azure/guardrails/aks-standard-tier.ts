import type { TerraformRule } from "../../../guardrails/rule";

export const aksStandardTier: TerraformRule = {
  id: "CKV_AZURE_170",
  severity: "error",
  rationale:
    "the Free tier's control plane has no uptime SLA and fewer API server replicas; production needs both",
  fix: 'set sku_tier = "Standard" (on in the prod tier)',
  tiers: ["prod"],
  resourceTypes: ["azurerm_kubernetes_cluster"],
  check: ({ config }) =>
    config.sku_tier === "Standard" || config.sku_tier === "Premium"
      ? undefined
      : `runs the ${config.sku_tier ?? "Free"} tier, without an uptime SLA`,
};
