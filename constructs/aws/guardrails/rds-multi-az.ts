import type { TerraformRule } from "../../../guardrails/rule";

export const rdsMultiAz: TerraformRule = {
  id: "CKV_AWS_157",
  severity: "error",
  rationale: "a single-AZ database takes MLflow down with its zone and for every maintenance reboot",
  fix: "set multi_az = true (database.multiAz, on by default in the prod tier)",
  tiers: ["prod"],
  resourceTypes: ["aws_db_instance"],
  check: ({ config }) => (config.multi_az === true ? undefined : "runs in a single availability zone"),
};
