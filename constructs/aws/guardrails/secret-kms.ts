import type { TerraformRule } from "../../../guardrails/rule";

export const secretKms: TerraformRule = {
  id: "CKV_AWS_149",
  severity: "error",
  rationale:
    "the database password is readable only by principals the customer key's policy and grants allow",
  fix: "set kms_key_id on the secret to a customer key",
  resourceTypes: ["aws_secretsmanager_secret"],
  check: ({ config }) =>
    config.kms_key_id ? undefined : "is encrypted with the AWS-managed key, not a customer key",
};
