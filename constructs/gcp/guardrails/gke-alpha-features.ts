import type { TerraformRule } from "../../../guardrails/rule";

export const gkeAlphaFeatures: TerraformRule = {
  id: "CKV2_GCP_19",
  severity: "error",
  rationale: "an alpha cluster is unsupported, cannot be upgraded and is deleted by GKE after 30 days",
  fix: "leave enable_kubernetes_alpha unset or false",
  resourceTypes: ["google_container_cluster"],
  check: ({ config }) =>
    config.enable_kubernetes_alpha === true ? "is an alpha cluster (enable_kubernetes_alpha)" : undefined,
};
