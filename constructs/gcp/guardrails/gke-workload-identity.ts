import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const gkeWorkloadIdentity: TerraformRule = {
  id: "platform-gke-workload-identity",
  severity: "error",
  rationale: "without Workload Identity pods act as the node's service account, or need exported keys",
  fix: 'set workload_identity_config.workload_pool = "<project>.svc.id.goog"',
  resourceTypes: ["google_container_cluster"],
  check({ config }) {
    const pool = blockOf(config.workload_identity_config).workload_pool;
    return typeof pool === "string" && pool.endsWith(".svc.id.goog")
      ? undefined
      : "does not enable Workload Identity (no workload_identity_config.workload_pool)";
  },
};
