import type { TerraformRule } from "../../../guardrails/rule";
import { postgresFlagsOf } from "./postgres-flags";

/** PostgreSQL's levels from "warning" up (its default); lower ones flood the log with debug output. */
const LEVELS = ["warning", "error", "log", "fatal", "panic"];

export const cloudSqlLogMinMessages: TerraformRule = {
  id: "CKV_GCP_55",
  severity: "error",
  rationale:
    "below warning the log fills with notices and debug output, and the messages that matter drown in it",
  fix: `leave log_min_messages unset (warning) or set it to one of ${LEVELS.join(", ")}`,
  resourceTypes: ["google_sql_database_instance"],
  check(instance) {
    const level = postgresFlagsOf(instance)?.get("log_min_messages");
    return level === undefined || LEVELS.includes(level)
      ? undefined
      : `sets log_min_messages to "${level}", below warning`;
  },
};
