import type { TerraformRule } from "../../../guardrails/rule";

export const rdsLogging: TerraformRule = {
  id: "CKV_AWS_129",
  severity: "error",
  rationale:
    "the PostgreSQL log is where failed logins and upgrade errors show; kept only on the instance it is lost with it",
  fix: 'set enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]',
  resourceTypes: ["aws_db_instance"],
  check: ({ config }) =>
    (config.enabled_cloudwatch_logs_exports ?? []).includes("postgresql")
      ? undefined
      : "does not export its PostgreSQL log to CloudWatch",
};
