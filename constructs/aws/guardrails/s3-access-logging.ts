import type { TerraformRule } from "../../../guardrails/rule";
import { referring } from "../../../guardrails/terraform-references";

export const s3AccessLogging: TerraformRule = {
  id: "CKV_AWS_18",
  severity: "error",
  rationale:
    "server access logs record every request to the bucket (who, what, when, from where), which CloudTrail's management events do not",
  fix: "add aws_s3_bucket_logging with target_bucket = the environment's access-log bucket in the bucket's region",
  resourceTypes: ["aws_s3_bucket"],
  check(bucket, stack) {
    if (referring(stack, "aws_s3_bucket_logging", "bucket", bucket).length > 0) return undefined;
    // A log target is exempt, as in cdk-nag's AwsSolutions-S1: S3 advises against logging the bucket that
    // receives the logs (its own deliveries would be logged without end).
    const isLogTarget = referring(stack, "aws_s3_bucket_logging", "target_bucket", bucket).length > 0;
    return isLogTarget ? undefined : "does not log requests (no server access logging)";
  },
};
