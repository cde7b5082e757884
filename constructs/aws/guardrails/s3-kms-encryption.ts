import type { TerraformRule } from "../../../guardrails/rule";
import { referring } from "../../../guardrails/terraform-references";

export const s3KmsEncryption: TerraformRule = {
  id: "CKV_AWS_145",
  severity: "error",
  rationale:
    "objects encrypted with the platform's own key stay unreadable to anyone its key policy does not name",
  fix: 'add server-side encryption with sse_algorithm "aws:kms" and the bucket\'s customer key',
  resourceTypes: ["aws_s3_bucket"],
  check(bucket, stack) {
    const configurations = referring(
      stack,
      "aws_s3_bucket_server_side_encryption_configuration",
      "bucket",
      bucket,
    );
    const kms = configurations.some((configuration) =>
      [configuration.config.rule ?? []]
        .flat()
        .some(
          (rule: {
            apply_server_side_encryption_by_default?: { sse_algorithm?: string; kms_master_key_id?: string };
          }) => {
            const defaults = [rule.apply_server_side_encryption_by_default ?? []].flat()[0];
            return defaults?.sse_algorithm === "aws:kms" && Boolean(defaults.kms_master_key_id);
          },
        ),
    );
    return kms ? undefined : "is not encrypted by default with a customer KMS key";
  },
};
