import type { TerraformRule } from "../../../guardrails/rule";

export const subnetPrivateGoogleAccess: TerraformRule = {
  id: "CKV_GCP_74",
  severity: "error",
  rationale:
    "private nodes reach Google's APIs (GCS, Secret Manager, Artifact Registry) only through Private Google Access",
  fix: "set private_ip_google_access = true on the subnet",
  resourceTypes: ["google_compute_subnetwork"],
  check: ({ config }) =>
    config.private_ip_google_access === true ? undefined : "has no Private Google Access",
};
