import type { TerraformRule } from "../../../guardrails/rule";

export const gkeShieldedNodes: TerraformRule = {
  id: "CKV_GCP_71",
  severity: "error",
  rationale:
    "shielded nodes prove their identity to the control plane, so a stolen bootstrap credential cannot join a node",
  fix: "leave enable_shielded_nodes at true (the provider's default)",
  resourceTypes: ["google_container_cluster"],
  check: ({ config }) =>
    config.enable_shielded_nodes === false
      ? "turns shielded nodes off (enable_shielded_nodes = false)"
      : undefined,
};
