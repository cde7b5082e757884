import type { TerraformRule } from "../../../guardrails/rule";
import { referring } from "../../../guardrails/terraform-references";

export const s3Replication: TerraformRule = {
  id: "CKV_AWS_144",
  severity: "error",
  rationale: "the recovery environment serves the models from a copy in the recovery region",
  fix: "replicate the bucket to the recovery region (artifacts.replicateToRecoveryRegion, on in the prod tier)",
  tiers: ["prod"],
  resourceTypes: ["aws_s3_bucket"],
  check: (bucket, stack) =>
    referring(stack, "aws_s3_bucket_replication_configuration", "bucket", bucket).length > 0
      ? undefined
      : "does not replicate to another region",
};
