import type { TerraformRule } from "../../../guardrails/rule";
import { referring } from "../../../guardrails/terraform-references";

export const s3Versioning: TerraformRule = {
  id: "CKV_AWS_21",
  severity: "error",
  rationale:
    "versioning keeps every overwritten or deleted artifact recoverable (and is what replication copies)",
  fix: 'add aws_s3_bucket_versioning with versioning_configuration.status = "Enabled"',
  resourceTypes: ["aws_s3_bucket"],
  check(bucket, stack) {
    const enabled = referring(stack, "aws_s3_bucket_versioning", "bucket", bucket).some(
      (versioning) => [versioning.config.versioning_configuration ?? []].flat()[0]?.status === "Enabled",
    );
    return enabled ? undefined : "does not keep object versions";
  },
};
