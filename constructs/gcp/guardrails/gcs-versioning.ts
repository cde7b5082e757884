import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const gcsVersioning: TerraformRule = {
  id: "CKV_GCP_78",
  severity: "error",
  rationale:
    "versioning keeps every overwritten or deleted artifact recoverable until the lifecycle rule removes it",
  fix: "set versioning.enabled = true",
  resourceTypes: ["google_storage_bucket"],
  check: ({ config }) =>
    blockOf(config.versioning).enabled === true ? undefined : "does not keep object versions",
};
