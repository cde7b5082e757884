import type { TerraformRule } from "../../../guardrails/rule";

export const rdsDeletionProtection: TerraformRule = {
  id: "CKV_AWS_293",
  severity: "error",
  rationale: "a production database must survive a mistaken destroy or a replacing plan",
  fix: "set deletion_protection = true (database.deletionProtection, on by default in the prod tier)",
  tiers: ["prod"],
  resourceTypes: ["aws_db_instance"],
  check: ({ config }) => (config.deletion_protection === true ? undefined : "has no deletion protection"),
};
