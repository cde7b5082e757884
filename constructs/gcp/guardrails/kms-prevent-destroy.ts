import type { TerraformRule } from "../../../guardrails/rule";

export const kmsPreventDestroy: TerraformRule = {
  id: "CKV_GCP_82",
  severity: "error",
  rationale:
    "destroying a crypto key destroys its versions: every object and Secret it encrypts is lost for good",
  fix: "set lifecycle.prevent_destroy = true on the key",
  resourceTypes: ["google_kms_crypto_key"],
  check: ({ config }) =>
    config.lifecycle?.prevent_destroy === true
      ? undefined
      : "can be destroyed by a plan (no lifecycle.prevent_destroy)",
};
