import type { TerraformRule } from "../../../guardrails/rule";
import { logsTo } from "./gcs-access-logging";

export const gcsNoSelfLogging: TerraformRule = {
  id: "CKV_GCP_63",
  severity: "error",
  rationale:
    "a bucket that logs to itself mixes its logs with its data: whoever may delete its objects may delete the record of it",
  fix: "set logging.log_bucket to a bucket of its own (the environment's access-log bucket)",
  resourceTypes: ["google_storage_bucket"],
  check: (bucket) => (logsTo(bucket, bucket) ? "writes its usage logs into itself" : undefined),
};
