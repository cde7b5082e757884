import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

const COMPONENTS = ["SYSTEM_COMPONENTS", "WORKLOADS"];

export const gkeLogging: TerraformRule = {
  id: "CKV_GCP_1",
  severity: "error",
  rationale:
    "without the system and workload logs in Cloud Logging nothing of a failed node or pod survives it",
  fix: `keep logging_service on Cloud Logging and logging_config.enable_components with ${COMPONENTS.join(", ")}`,
  resourceTypes: ["google_container_cluster"],
  check({ config }) {
    if (config.logging_service === "none") return 'sends no logs to Cloud Logging (logging_service = "none")';
    // Without logging_config GKE collects the system and workload logs.
    if (config.logging_config === undefined) return undefined;
    const enabled: string[] = blockOf(config.logging_config).enable_components ?? [];
    const missing = COMPONENTS.filter((component) => !enabled.includes(component));
    return missing.length === 0 ? undefined : `does not log ${missing.join(", ")}`;
  },
};
