import type { TerraformRule } from "../../../guardrails/rule";

export const keyVaultRecoverable: TerraformRule = {
  id: "CKV_AZURE_42",
  severity: "error",
  rationale:
    "the vault holds the cluster's KMS key and the database secret; a deleted or purged one takes both with it",
  fix: "set purge_protection_enabled = true and soft_delete_retention_days to 7-90 (soft delete is always on)",
  resourceTypes: ["azurerm_key_vault"],
  check({ config }) {
    if (config.purge_protection_enabled !== true)
      return "can be purged before its soft-delete window ends (no purge protection)";
    return config.soft_delete_enabled === false ? "has soft delete disabled" : undefined;
  },
};
