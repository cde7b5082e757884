import type { TerraformRule } from "../../../guardrails/rule";

export const postgresBackupRetention: TerraformRule = {
  id: "platform-postgres-backup-retention",
  severity: "error",
  rationale:
    "backups are what point-in-time recovery restores from; a week is the least to notice a bad write",
  fix: "set backup_retention_days to 7 days or more (database.backupRetentionDays)",
  resourceTypes: ["azurerm_postgresql_flexible_server"],
  check({ config }) {
    // Azure keeps 7 days when unset.
    const days = config.backup_retention_days ?? 7;
    return days >= 7 ? undefined : `keeps backups ${days} days (point-in-time recovery needs at least 7)`;
  },
};
