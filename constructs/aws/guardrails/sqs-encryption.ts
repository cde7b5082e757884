import type { TerraformRule } from "../../../guardrails/rule";

export const sqsEncryption: TerraformRule = {
  id: "CKV_AWS_27",
  severity: "error",
  rationale: "queued messages rest on AWS's disks; they are encrypted there",
  fix: "set sqs_managed_sse_enabled = true or kms_master_key_id on the queue",
  resourceTypes: ["aws_sqs_queue"],
  check: ({ config }) =>
    config.sqs_managed_sse_enabled === true || config.kms_master_key_id
      ? undefined
      : "is not encrypted at rest",
};
