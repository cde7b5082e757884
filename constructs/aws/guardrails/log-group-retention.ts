import type { TerraformRule } from "../../../guardrails/rule";

export const logGroupRetention: TerraformRule = {
  id: "CKV_AWS_338",
  severity: "error",
  rationale: "an incident is often found months later; production logs are kept a year",
  fix: "set retention_in_days to 365 or more (cluster.logRetentionDays, 365 in the prod tier)",
  tiers: ["prod"],
  resourceTypes: ["aws_cloudwatch_log_group"],
  check({ config }) {
    const days = config.retention_in_days;
    // 0 (or unset) keeps logs forever.
    if (days === undefined || days === 0 || days >= 365) return undefined;
    return `keeps logs ${days} days, less than a year`;
  },
};
