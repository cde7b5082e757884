import type { TerraformRule } from "../../../guardrails/rule";

export const keyVaultRbacAuthorization: TerraformRule = {
  id: "platform-key-vault-rbac-authorization",
  severity: "error",
  rationale:
    "Azure RBAC grants one secret to one identity and shows in every access review; access policies grant the whole vault",
  fix: "set rbac_authorization_enabled = true and grant Key Vault roles on the secret or key",
  resourceTypes: ["azurerm_key_vault"],
  check: ({ config }) =>
    config.rbac_authorization_enabled === true || config.enable_rbac_authorization === true
      ? undefined
      : "authorizes with access policies, not Azure RBAC",
};
