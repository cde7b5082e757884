import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const aksMonitoring: TerraformRule = {
  id: "CKV_AZURE_4",
  severity: "error",
  rationale:
    "container logs and node metrics kept only on the nodes are lost with them and cannot be searched",
  fix: "set oms_agent.log_analytics_workspace_id to the cluster's Log Analytics workspace",
  resourceTypes: ["azurerm_kubernetes_cluster"],
  check: ({ config }) =>
    blockOf(config.oms_agent).log_analytics_workspace_id
      ? undefined
      : "sends no logs to Azure Monitor (no oms_agent workspace)",
};
