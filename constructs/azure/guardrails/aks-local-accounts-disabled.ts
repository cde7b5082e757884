import type { TerraformRule } from "../../../guardrails/rule";

export const aksLocalAccountsDisabled: TerraformRule = {
  id: "CKV_AZURE_141",
  severity: "error",
  rationale: "the local admin kubeconfig is a static credential no Entra ID policy, MFA or audit covers",
  fix: "set local_account_disabled = true",
  resourceTypes: ["azurerm_kubernetes_cluster"],
  check: ({ config }) =>
    config.local_account_disabled === true
      ? undefined
      : "keeps its local admin account (local_account_disabled is not true)",
};
