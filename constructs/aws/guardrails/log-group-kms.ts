import type { TerraformRule } from "../../../guardrails/rule";

export const logGroupKms: TerraformRule = {
  id: "CKV_AWS_158",
  severity: "error",
  rationale:
    "control-plane and flow logs name every principal and address; they are encrypted with the platform's key",
  fix: "set kms_key_id on the log group to the log key",
  resourceTypes: ["aws_cloudwatch_log_group"],
  check: ({ config }) => (config.kms_key_id ? undefined : "is not encrypted with a customer KMS key"),
};
