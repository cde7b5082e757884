import type { TerraformRule } from "../../../guardrails/rule";
import { referring } from "../../../guardrails/terraform-references";
import { asList, statementsOf } from "./iam-policies";

export const s3RequireTls: TerraformRule = {
  id: "AwsSolutions-S10",
  severity: "error",
  rationale: "S3 accepts plain HTTP unless the bucket policy denies it",
  fix: 'add a bucket policy statement denying s3:* when "aws:SecureTransport" is false',
  resourceTypes: ["aws_s3_bucket"],
  check(bucket, stack) {
    const denies = referring(stack, "aws_s3_bucket_policy", "bucket", bucket).some((policy) =>
      statementsOf(policy.config.policy).some(
        (statement) =>
          statement.Effect === "Deny" &&
          asList(statement.Action).some((action) => action === "s3:*" || action === "*") &&
          String(statement.Condition?.Bool?.["aws:SecureTransport"]) === "false",
      ),
    );
    return denies ? undefined : "does not deny requests without TLS in its bucket policy";
  },
};
