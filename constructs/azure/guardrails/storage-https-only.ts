import type { TerraformRule } from "../../../guardrails/rule";

export const storageHttpsOnly: TerraformRule = {
  id: "CKV_AZURE_3",
  severity: "error",
  rationale:
    "models, artifacts and backups cross the network; plain HTTP would carry them and their tokens in clear",
  fix: "keep https_traffic_only_enabled = true",
  resourceTypes: ["azurerm_storage_account"],
  // The provider's default is true.
  check: ({ config }) =>
    config.https_traffic_only_enabled === false
      ? "accepts plain HTTP (https_traffic_only_enabled is false)"
      : undefined,
};
