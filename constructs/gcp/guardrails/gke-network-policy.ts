import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const gkeNetworkPolicy: TerraformRule = {
  id: "CKV_GCP_12",
  severity: "error",
  rationale:
    "the cluster layer's NetworkPolicies isolate every pod; without an enforcing dataplane they are ignored",
  fix: 'set datapath_provider = "ADVANCED_DATAPATH" (Dataplane V2, which enforces NetworkPolicies)',
  resourceTypes: ["google_container_cluster"],
  check({ config }) {
    if (config.datapath_provider === "ADVANCED_DATAPATH") return undefined;
    return blockOf(config.network_policy).enabled === true
      ? undefined
      : "does not enforce NetworkPolicies (neither Dataplane V2 nor network_policy.enabled)";
  },
};
