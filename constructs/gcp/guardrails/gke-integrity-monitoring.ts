import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";
import { NODE_RESOURCES, nodeFinding } from "./gke-node-configs";

export const gkeIntegrityMonitoring: TerraformRule = {
  id: "CKV_GCP_72",
  severity: "error",
  rationale: "integrity monitoring reports a node whose boot sequence differs from its known-good baseline",
  fix: "leave node_config.shielded_instance_config.enable_integrity_monitoring at true (the default)",
  resourceTypes: NODE_RESOURCES,
  check: ({ type, config }) =>
    nodeFinding(
      type,
      config,
      (node) => blockOf(node.shielded_instance_config).enable_integrity_monitoring === false,
      "turns integrity monitoring off",
    ),
};
