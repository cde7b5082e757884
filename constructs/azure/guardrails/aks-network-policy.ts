import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const aksNetworkPolicy: TerraformRule = {
  id: "CKV_AZURE_7",
  severity: "error",
  rationale: "without a network policy engine the platform's NetworkPolicies are stored and never enforced",
  fix: 'set network_profile.network_policy (the platform uses "cilium" with the Cilium data plane)',
  resourceTypes: ["azurerm_kubernetes_cluster"],
  check({ config }) {
    const policy = blockOf(config.network_profile).network_policy;
    return policy && policy !== "none"
      ? undefined
      : "enforces no NetworkPolicy (network_profile.network_policy is not set)";
  },
};
