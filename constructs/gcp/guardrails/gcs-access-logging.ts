import type { TerraformResource, TerraformRule } from "../../../guardrails/rule";
import { blockOf, refersTo } from "../../../guardrails/terraform-references";

/** Whether `bucket`'s logging block names `target` (by reference or by its literal name). */
export function logsTo(bucket: TerraformResource, target: TerraformResource): boolean {
  const logBucket = blockOf(bucket.config.logging).log_bucket;
  if (logBucket === undefined) return false;
  return (
    refersTo(logBucket, target) || (target.config.name !== undefined && logBucket === target.config.name)
  );
}

export const gcsAccessLogging: TerraformRule = {
  id: "CKV_GCP_62",
  severity: "error",
  rationale:
    "usage logs record every request to the bucket (who, what, when, from where), which Cloud Audit Logs' default admin-activity logs do not",
  fix: "set logging.log_bucket to the environment's access-log bucket (in the bucket's location)",
  resourceTypes: ["google_storage_bucket"],
  check(bucket, stack) {
    if (blockOf(bucket.config.logging).log_bucket) return undefined;
    // The bucket that receives the logs is exempt: logging it would need another log bucket, and so on.
    const isLogTarget = stack
      .ofType("google_storage_bucket")
      .some((other) => other.address !== bucket.address && logsTo(other, bucket));
    return isLogTarget ? undefined : "does not log requests (no usage logs)";
  },
};
