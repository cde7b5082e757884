import type { TerraformRule } from "../../../guardrails/rule";

export const postgresGeoRedundantBackups: TerraformRule = {
  id: "CKV_AZURE_136",
  severity: "error",
  rationale:
    "the recovery environment geo-restores the database from backups Azure keeps in the paired region",
  fix: "set geo_redundant_backup_enabled = true (database.replicateBackups, on in the prod tier)",
  tiers: ["prod"],
  resourceTypes: ["azurerm_postgresql_flexible_server"],
  check: ({ config }) =>
    config.geo_redundant_backup_enabled === true || config.create_mode === "Replica"
      ? undefined
      : "keeps its backups in one region (geo_redundant_backup_enabled is not true)",
};
