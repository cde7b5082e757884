import type { TerraformRule } from "../../../guardrails/rule";

export const noServiceAccountKeys: TerraformRule = {
  id: "CKV2_GCP_3",
  severity: "error",
  rationale:
    "workloads get short-lived tokens through Workload Identity; an exported key is valid until deleted, wherever it was copied",
  fix: "use Workload Identity (a Kubernetes service account bound to the Google one) instead of a service-account key",
  resourceTypes: ["google_service_account_key"],
  check: () => "is a long-lived service-account key",
};
