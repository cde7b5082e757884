import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const cloudSqlRegional: TerraformRule = {
  id: "platform-cloud-sql-regional",
  severity: "error",
  rationale:
    "a zonal instance takes MLflow down with its zone; a regional one fails over to its standby in another zone",
  fix: 'set settings.availability_type = "REGIONAL" (database.multiAz, on in the prod tier)',
  tiers: ["prod"],
  resourceTypes: ["google_sql_database_instance"],
  check: ({ config }) =>
    blockOf(config.settings).availability_type === "REGIONAL"
      ? undefined
      : "runs in a single zone (availability_type is not REGIONAL)",
};
