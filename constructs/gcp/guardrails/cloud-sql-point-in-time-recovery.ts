import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

/** Days of backups and of transaction logs kept, at the least: a week to notice a bad write. */
const MINIMUM_DAYS = 7;

export const cloudSqlPointInTimeRecovery: TerraformRule = {
  id: "platform-cloud-sql-point-in-time-recovery",
  severity: "error",
  rationale:
    "point-in-time recovery undoes a bad write to the second; a week of backups and logs is the least to notice one",
  fix: `set backup_configuration.point_in_time_recovery_enabled = true and keep ${MINIMUM_DAYS} or more backups and days of transaction logs (database.backupRetentionDays)`,
  resourceTypes: ["google_sql_database_instance"],
  check({ config }) {
    if (config.master_instance_name !== undefined) return undefined;
    const backups = blockOf(blockOf(config.settings).backup_configuration);
    if (backups.point_in_time_recovery_enabled !== true) return "has no point-in-time recovery";
    // Cloud SQL keeps 7 backups and 7 days of transaction logs when nothing is said.
    const retention = blockOf(backups.backup_retention_settings);
    const kept = retention.retained_backups ?? MINIMUM_DAYS;
    if (retention.retention_unit !== undefined && retention.retention_unit !== "COUNT")
      return `counts its backups in ${retention.retention_unit}, not COUNT`;
    if (kept < MINIMUM_DAYS)
      return `keeps ${kept} backups (point-in-time recovery needs at least ${MINIMUM_DAYS} days)`;
    const logDays = backups.transaction_log_retention_days ?? MINIMUM_DAYS;
    return logDays < MINIMUM_DAYS
      ? `keeps transaction logs ${logDays} days (at least ${MINIMUM_DAYS})`
      : undefined;
  },
};
