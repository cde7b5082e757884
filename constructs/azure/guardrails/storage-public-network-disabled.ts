import type { TerraformRule } from "../../../guardrails/rule";

export const storagePublicNetworkDisabled: TerraformRule = {
  id: "CKV_AZURE_59",
  severity: "error",
  rationale:
    "the account is reached through its private endpoint; a public endpoint leaves it one credential from the internet",
  fix: "set public_network_access_enabled = false",
  resourceTypes: ["azurerm_storage_account"],
  check: ({ config }) =>
    config.public_network_access_enabled === false
      ? undefined
      : "is reachable from public networks (public_network_access_enabled is not false)",
};
