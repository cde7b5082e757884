import type { TerraformRule } from "../../../guardrails/rule";
import { flagOn } from "./postgres-flags";

export const cloudSqlLogCheckpoints: TerraformRule = {
  id: "CKV_GCP_51",
  severity: "error",
  rationale:
    "checkpoints that take long or come too often show a database short of I/O before MLflow slows down",
  fix: 'add { name: "log_checkpoints", value: "on" } to settings.database_flags',
  resourceTypes: ["google_sql_database_instance"],
  check: (instance) => flagOn(instance, "log_checkpoints"),
};
