import type { TerraformRule } from "../../../guardrails/rule";

export const rdsFinalSnapshot: TerraformRule = {
  id: "platform-rds-final-snapshot",
  severity: "error",
  rationale: "deleting a production instance without a final snapshot loses everything since the last backup",
  fix: "set skip_final_snapshot = false and a final_snapshot_identifier (database.finalSnapshot)",
  tiers: ["prod"],
  resourceTypes: ["aws_db_instance"],
  check({ config }) {
    if (config.skip_final_snapshot === true) return "skips the final snapshot on deletion";
    return config.final_snapshot_identifier ? undefined : "names no final_snapshot_identifier";
  },
};
