import type { TerraformRule } from "../../../guardrails/rule";

export const keyVaultPublicNetworkDisabled: TerraformRule = {
  id: "CKV_AZURE_189",
  severity: "error",
  rationale:
    "the vault is reached through its private endpoint; a public endpoint leaves it one credential from the internet",
  fix: "set public_network_access_enabled = false",
  resourceTypes: ["azurerm_key_vault"],
  check: ({ config }) =>
    config.public_network_access_enabled === false
      ? undefined
      : "is reachable from public networks (public_network_access_enabled is not false)",
};
