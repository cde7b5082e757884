import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

const WEEK_SECONDS = 7 * 24 * 3600;

export const gcsSoftDelete: TerraformRule = {
  id: "platform-gcs-soft-delete",
  severity: "error",
  rationale:
    "soft delete keeps a deleted object (and a deleted noncurrent version) restorable for a week at the least",
  fix: "keep soft_delete_policy.retention_duration_seconds at 604800 (7 days) or more (artifacts.softDeleteDays)",
  resourceTypes: ["google_storage_bucket"],
  check({ config }) {
    // GCS soft-deletes for 7 days when nothing is said.
    const seconds = blockOf(config.soft_delete_policy).retention_duration_seconds ?? WEEK_SECONDS;
    if (seconds === 0) return "turns soft delete off";
    return seconds >= WEEK_SECONDS ? undefined : `keeps deleted objects ${seconds} s, less than 7 days`;
  },
};
