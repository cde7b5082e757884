import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const aksEntraIdRbac: TerraformRule = {
  id: "platform-aks-entra-id-rbac",
  severity: "error",
  rationale:
    "who may do what in the cluster is granted to Entra ID identities with Azure RBAC, reviewed where every other grant is",
  fix: "keep role_based_access_control_enabled and set azure_active_directory_role_based_access_control with azure_rbac_enabled = true",
  resourceTypes: ["azurerm_kubernetes_cluster"],
  check({ config }) {
    if (config.role_based_access_control_enabled === false) return "has Kubernetes RBAC disabled";
    return blockOf(config.azure_active_directory_role_based_access_control).azure_rbac_enabled === true
      ? undefined
      : "does not authorize with Entra ID and Azure RBAC (azure_rbac_enabled is not true)";
  },
};
