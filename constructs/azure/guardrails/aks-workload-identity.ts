import type { TerraformRule } from "../../../guardrails/rule";

export const aksWorkloadIdentity: TerraformRule = {
  id: "platform-aks-workload-identity",
  severity: "error",
  rationale:
    "pods get short-lived Entra ID tokens for their own service account instead of keys or the node's identity",
  fix: "set oidc_issuer_enabled = true and workload_identity_enabled = true",
  resourceTypes: ["azurerm_kubernetes_cluster"],
  check({ config }) {
    const missing = ["oidc_issuer_enabled", "workload_identity_enabled"].filter(
      (key) => config[key] !== true,
    );
    return missing.length === 0 ? undefined : `does not enable ${missing.join(", ")}`;
  },
};
