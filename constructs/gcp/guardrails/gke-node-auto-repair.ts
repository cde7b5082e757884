import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const gkeNodeAutoRepair: TerraformRule = {
  id: "CKV_GCP_9",
  severity: "error",
  rationale:
    "a node that fails its health checks keeps its pods unscheduled until someone notices; auto-repair recreates it",
  fix: "leave management.auto_repair at true (the default)",
  resourceTypes: ["google_container_node_pool"],
  check: ({ config }) =>
    blockOf(config.management).auto_repair === false
      ? "does not repair its nodes (management.auto_repair = false)"
      : undefined,
};
