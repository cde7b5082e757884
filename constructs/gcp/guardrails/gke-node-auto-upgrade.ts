import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const gkeNodeAutoUpgrade: TerraformRule = {
  id: "CKV_GCP_10",
  severity: "error",
  rationale:
    "nodes left behind the control plane miss kernel and kubelet security patches (and a release channel requires upgrades)",
  fix: "leave management.auto_upgrade at true (the default)",
  resourceTypes: ["google_container_node_pool"],
  check: ({ config }) =>
    blockOf(config.management).auto_upgrade === false
      ? "does not upgrade its nodes (management.auto_upgrade = false)"
      : undefined,
};
