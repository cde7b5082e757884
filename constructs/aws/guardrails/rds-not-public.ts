import type { TerraformRule } from "../../../guardrails/rule";

export const rdsNotPublic: TerraformRule = {
  id: "CKV_AWS_17",
  severity: "error",
  rationale:
    "a publicly accessible instance gets an internet-resolvable address: one security-group slip from exposure",
  fix: "set publicly_accessible = false (the default) and keep the instance in the database subnets",
  resourceTypes: ["aws_db_instance"],
  check: ({ config }) => (config.publicly_accessible === true ? "is publicly accessible" : undefined),
};
