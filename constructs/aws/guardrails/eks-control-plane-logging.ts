import type { TerraformRule } from "../../../guardrails/rule";

const LOG_TYPES = ["api", "audit", "authenticator", "controllerManager", "scheduler"];

export const eksControlPlaneLogging: TerraformRule = {
  id: "CKV_AWS_37",
  severity: "error",
  rationale: "without the audit and authenticator logs nobody can tell who did what to the cluster",
  fix: `set enabled_cluster_log_types to ${LOG_TYPES.join(", ")}`,
  resourceTypes: ["aws_eks_cluster"],
  check({ config }) {
    const enabled: string[] = config.enabled_cluster_log_types ?? [];
    const missing = LOG_TYPES.filter((type) => !enabled.includes(type));
    return missing.length === 0 ? undefined : `does not log ${missing.join(", ")}`;
  },
};
