import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const flowLogRetention: TerraformRule = {
  id: "CKV_AZURE_12",
  severity: "error",
  rationale: "an intrusion is often found months later; production keeps its flow logs 90 days at least",
  fix: "enable the flow log and its retention_policy with 90 days or more (cluster.logRetentionDays)",
  tiers: ["prod"],
  resourceTypes: ["azurerm_network_watcher_flow_log"],
  check({ config }) {
    if (config.enabled !== true) return "is not enabled";
    const retention = blockOf(config.retention_policy);
    if (retention.enabled !== true) return "has no retention policy";
    // As checkov: 0 days keeps the logs for good.
    const days = Number(retention.days);
    return days === 0 || days >= 90 ? undefined : `keeps flow logs ${retention.days} days, less than 90`;
  },
};
