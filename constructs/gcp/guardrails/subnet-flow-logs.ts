import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

/** Proxy-only subnets carry no VM traffic and take no flow logs. */
const NO_FLOW_LOGS = ["REGIONAL_MANAGED_PROXY", "GLOBAL_MANAGED_PROXY", "INTERNAL_HTTPS_LOAD_BALANCER"];

export const subnetFlowLogs: TerraformRule = {
  id: "CKV_GCP_26",
  severity: "error",
  rationale: "flow logs are the only record of which address talked to which in the VPC",
  fix: "give the subnet a log_config (flow_sampling above 0)",
  resourceTypes: ["google_compute_subnetwork"],
  check({ config }) {
    if (NO_FLOW_LOGS.includes(config.purpose)) return undefined;
    if (config.log_config === undefined) return "has no flow logs (no log_config)";
    return blockOf(config.log_config).flow_sampling === 0
      ? "samples no flows (flow_sampling = 0)"
      : undefined;
  },
};
