import type { TerraformRule } from "../../../guardrails/rule";

export const gcsPublicAccessPrevention: TerraformRule = {
  id: "CKV_GCP_114",
  severity: "error",
  rationale:
    "models and artifacts are private; public access prevention refuses any grant to allUsers or allAuthenticatedUsers",
  fix: 'set public_access_prevention = "enforced"',
  resourceTypes: ["google_storage_bucket"],
  check: ({ config }) =>
    config.public_access_prevention === "enforced" ? undefined : "does not enforce public access prevention",
};
