import type { TerraformRule } from "../../../guardrails/rule";

export const logAnalyticsRetention: TerraformRule = {
  id: "platform-log-analytics-retention",
  severity: "error",
  rationale: "an incident is often found months later; production logs are kept a year",
  fix: "set retention_in_days to 365 or more (cluster.logRetentionDays, 365 in the prod tier)",
  tiers: ["prod"],
  resourceTypes: ["azurerm_log_analytics_workspace"],
  check({ config }) {
    // Azure keeps 30 days when unset.
    const days = config.retention_in_days ?? 30;
    return days >= 365 ? undefined : `keeps logs ${days} days, less than a year`;
  },
};
