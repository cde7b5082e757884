import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";
import { NODE_RESOURCES, nodeFinding } from "./gke-node-configs";

export const gkeSecureBoot: TerraformRule = {
  id: "CKV_GCP_68",
  severity: "error",
  rationale:
    "secure boot refuses unsigned boot components and kernel modules, so a rootkit cannot persist on a node",
  fix: "set node_config.shielded_instance_config.enable_secure_boot = true (off by default)",
  resourceTypes: NODE_RESOURCES,
  check: ({ type, config }) =>
    nodeFinding(
      type,
      config,
      (node) => blockOf(node.shielded_instance_config).enable_secure_boot !== true,
      "boots its nodes without secure boot",
    ),
};
