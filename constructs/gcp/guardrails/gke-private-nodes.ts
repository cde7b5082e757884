import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const gkePrivateNodes: TerraformRule = {
  id: "CKV_GCP_64",
  severity: "error",
  rationale:
    "nodes with external addresses can be reached from the internet; private nodes egress through Cloud NAT",
  fix: "set private_cluster_config.enable_private_nodes = true and leave network_config.enable_private_nodes unset on node pools",
  resourceTypes: ["google_container_cluster", "google_container_node_pool"],
  check({ type, config }) {
    if (type === "google_container_node_pool") {
      return blockOf(config.network_config).enable_private_nodes === false
        ? "gives its nodes external addresses (network_config.enable_private_nodes = false)"
        : undefined;
    }
    return blockOf(config.private_cluster_config).enable_private_nodes === true
      ? undefined
      : "gives its nodes external addresses (private_cluster_config.enable_private_nodes is not true)";
  },
};
