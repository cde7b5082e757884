import type { TerraformRule } from "../../../guardrails/rule";

const ZONE_REDUNDANT = ["ZRS", "GZRS", "RAGZRS"];

export const storageZoneRedundant: TerraformRule = {
  id: "platform-storage-zone-redundant",
  severity: "error",
  rationale: "a locally redundant account goes down with its zone, and MLflow and the model servers with it",
  fix: 'set account_replication_type to "ZRS" or "GZRS"',
  tiers: ["prod"],
  resourceTypes: ["azurerm_storage_account"],
  check: ({ config }) =>
    ZONE_REDUNDANT.includes(config.account_replication_type)
      ? undefined
      : `keeps its data in one zone (account_replication_type ${config.account_replication_type ?? "unset"})`,
};
