import type { TerraformRule } from "../../../guardrails/rule";
import { flagOn } from "./postgres-flags";

export const cloudSqlLogLockWaits: TerraformRule = {
  id: "CKV_GCP_54",
  severity: "error",
  rationale:
    "a lock held past the deadlock timeout is logged with who waits on whom: the cause of stalled MLflow writes",
  fix: 'add { name: "log_lock_waits", value: "on" } to settings.database_flags',
  resourceTypes: ["google_sql_database_instance"],
  check: (instance) => flagOn(instance, "log_lock_waits"),
};
