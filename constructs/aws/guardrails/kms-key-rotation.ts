import type { TerraformRule } from "../../../guardrails/rule";

export const kmsKeyRotation: TerraformRule = {
  id: "CKV_AWS_7",
  severity: "error",
  rationale: "a rotating key limits what one leaked key version decrypts",
  fix: "set enable_key_rotation = true on the key",
  resourceTypes: ["aws_kms_key"],
  check: ({ config }) => (config.enable_key_rotation === true ? undefined : "does not rotate"),
};
