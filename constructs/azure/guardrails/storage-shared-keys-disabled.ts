import type { TerraformRule } from "../../../guardrails/rule";

export const storageSharedKeysDisabled: TerraformRule = {
  id: "CKV2_AZURE_40",
  severity: "error",
  rationale:
    "an account key or SAS signed with it grants everything and never names who used it; workloads use Entra ID",
  fix: "set shared_access_key_enabled = false (and storage_use_azuread on the provider)",
  resourceTypes: ["azurerm_storage_account"],
  check: ({ config }) =>
    config.shared_access_key_enabled === false
      ? undefined
      : "accepts Shared Key authorization (shared_access_key_enabled is not false)",
};
