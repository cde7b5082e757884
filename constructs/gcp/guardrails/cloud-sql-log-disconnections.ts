import type { TerraformRule } from "../../../guardrails/rule";
import { flagOn } from "./postgres-flags";

export const cloudSqlLogDisconnections: TerraformRule = {
  id: "CKV_GCP_53",
  severity: "error",
  rationale:
    "with the connections, the disconnections give each session's length: a leaked credential's session shows",
  fix: 'add { name: "log_disconnections", value: "on" } to settings.database_flags',
  resourceTypes: ["google_sql_database_instance"],
  check: (instance) => flagOn(instance, "log_disconnections"),
};
