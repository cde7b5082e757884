import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const gkeMonitoring: TerraformRule = {
  id: "CKV_GCP_8",
  severity: "error",
  rationale: "the runbooks' alerts read the cluster's system metrics from Cloud Monitoring",
  fix: "keep monitoring_service on Cloud Monitoring and SYSTEM_COMPONENTS in monitoring_config.enable_components",
  resourceTypes: ["google_container_cluster"],
  check({ config }) {
    if (config.monitoring_service === "none")
      return 'sends no metrics to Cloud Monitoring (monitoring_service = "none")';
    if (config.monitoring_config === undefined) return undefined;
    const enabled: string[] = blockOf(config.monitoring_config).enable_components ?? [];
    return enabled.includes("SYSTEM_COMPONENTS") ? undefined : "does not monitor SYSTEM_COMPONENTS";
  },
};
