import type { TerraformRule } from "../../../guardrails/rule";

export const aksAzurePolicy: TerraformRule = {
  id: "CKV_AZURE_116",
  severity: "error",
  rationale:
    "the Azure Policy add-on enforces and reports the organisation's pod policies inside the cluster",
  fix: "set azure_policy_enabled = true",
  resourceTypes: ["azurerm_kubernetes_cluster"],
  check: ({ config }) =>
    config.azure_policy_enabled === true ? undefined : "runs without the Azure Policy add-on",
};
