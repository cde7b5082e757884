import type { TerraformRule } from "../../../guardrails/rule";

export const storageLocalUsersDisabled: TerraformRule = {
  id: "CKV_AZURE_244",
  severity: "error",
  rationale: "local users (SFTP) carry their own passwords and keys, outside Entra ID",
  fix: "set local_user_enabled = false",
  resourceTypes: ["azurerm_storage_account"],
  // The provider's default is true.
  check: ({ config }) =>
    config.local_user_enabled === false ? undefined : "allows local users (local_user_enabled is not false)",
};
