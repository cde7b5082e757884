import type { TerraformRule } from "../../../guardrails/rule";

export const gcsUniformAccess: TerraformRule = {
  id: "CKV_GCP_29",
  severity: "error",
  rationale:
    "with object ACLs any writer can share an object past the bucket's IAM; uniform access leaves IAM the only authority",
  fix: "set uniform_bucket_level_access = true",
  resourceTypes: ["google_storage_bucket"],
  check: ({ config }) =>
    config.uniform_bucket_level_access === true
      ? undefined
      : "allows object ACLs (uniform_bucket_level_access is not true)",
};
