import type { TerraformRule } from "../../../guardrails/rule";

export const rdsBackupRetention: TerraformRule = {
  id: "CKV_AWS_133",
  severity: "error",
  rationale:
    "automated backups are what point-in-time recovery restores from; a week is the least to notice a bad write",
  fix: "set backup_retention_period to 7 days or more (database.backupRetentionDays)",
  resourceTypes: ["aws_db_instance"],
  check({ config }) {
    const days = config.backup_retention_period ?? 0;
    return days >= 7
      ? undefined
      : `keeps automated backups ${days} days (point-in-time recovery needs at least 7)`;
  },
};
