import type { TerraformRule } from "../../../guardrails/rule";
import { referring } from "../../../guardrails/terraform-references";

const SETTINGS = [
  "block_public_acls",
  "block_public_policy",
  "ignore_public_acls",
  "restrict_public_buckets",
];

export const s3PublicAccessBlock: TerraformRule = {
  id: "CKV2_AWS_6",
  severity: "error",
  rationale:
    "models and artifacts are private; the public access block stops an ACL or policy from exposing them",
  fix: `add an aws_s3_bucket_public_access_block for the bucket with ${SETTINGS.join(", ")} all true`,
  resourceTypes: ["aws_s3_bucket"],
  check(bucket, stack) {
    const blocks = referring(stack, "aws_s3_bucket_public_access_block", "bucket", bucket);
    if (blocks.length === 0) return "has no public access block";
    const open = SETTINGS.filter((setting) => !blocks.some((block) => block.config[setting] === true));
    return open.length === 0 ? undefined : `does not set ${open.join(", ")} in its public access block`;
  },
};
