import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const gcsCmek: TerraformRule = {
  id: "platform-gcs-cmek",
  severity: "error",
  rationale:
    "objects encrypted with the platform's Cloud KMS key stay unreadable to anyone the key's IAM does not name",
  fix: "set encryption.default_kms_key_name to the bucket's Cloud KMS key",
  resourceTypes: ["google_storage_bucket"],
  check: ({ config }) =>
    blockOf(config.encryption).default_kms_key_name
      ? undefined
      : "is not encrypted by default with a Cloud KMS key",
};
