import type { TerraformRule } from "../../../guardrails/rule";

export const gkeVpcNative: TerraformRule = {
  id: "CKV_GCP_23",
  severity: "error",
  rationale:
    "VPC-native pods take addresses of the subnet's secondary range, so firewall rules and flow logs see them",
  fix: 'set networking_mode = "VPC_NATIVE" and an ip_allocation_policy naming the pod and service ranges',
  resourceTypes: ["google_container_cluster"],
  check({ config }) {
    if (config.networking_mode === "ROUTES") return 'is routes-based (networking_mode = "ROUTES")';
    return config.ip_allocation_policy === undefined
      ? "is not VPC-native (no ip_allocation_policy)"
      : undefined;
  },
};
