import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";
import { NODE_RESOURCES, nodeFinding } from "./gke-node-configs";

export const gkeMetadataServer: TerraformRule = {
  id: "CKV_GCP_69",
  severity: "error",
  rationale:
    "without the GKE metadata server any pod can read the node's service-account token from the VM's metadata",
  fix: 'set node_config.workload_metadata_config.mode = "GKE_METADATA" on the cluster and every node pool',
  resourceTypes: NODE_RESOURCES,
  check: ({ type, config }) =>
    nodeFinding(
      type,
      config,
      (node) => blockOf(node.workload_metadata_config).mode !== "GKE_METADATA",
      "lets pods reach the VM's metadata server: workload_metadata_config.mode is not GKE_METADATA",
    ),
};
