import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const cloudSqlBackups: TerraformRule = {
  id: "CKV_GCP_14",
  severity: "error",
  rationale:
    "automated backups are what a restore, a point-in-time recovery and the recovery region rebuild from",
  fix: "set settings.backup_configuration.enabled = true",
  resourceTypes: ["google_sql_database_instance"],
  check({ config }) {
    // A read replica is backed up through its primary.
    if (config.master_instance_name !== undefined) return undefined;
    return blockOf(blockOf(config.settings).backup_configuration).enabled === true
      ? undefined
      : "takes no automated backups";
  },
};
