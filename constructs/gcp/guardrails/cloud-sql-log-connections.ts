import type { TerraformRule } from "../../../guardrails/rule";
import { flagOn } from "./postgres-flags";

export const cloudSqlLogConnections: TerraformRule = {
  id: "CKV_GCP_52",
  severity: "error",
  rationale: "every connection attempt in the log is the record of who reached the database, and from where",
  fix: 'add { name: "log_connections", value: "on" } to settings.database_flags',
  resourceTypes: ["google_sql_database_instance"],
  check: (instance) => flagOn(instance, "log_connections"),
};
