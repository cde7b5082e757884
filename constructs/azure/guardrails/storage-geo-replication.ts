import type { TerraformRule } from "../../../guardrails/rule";
import { referring } from "../../../guardrails/terraform-references";

const GEO_REDUNDANT = ["GRS", "RAGRS", "GZRS", "RAGZRS"];

export const storageGeoReplication: TerraformRule = {
  id: "CKV_AZURE_206",
  severity: "error",
  rationale: "the recovery environment serves the models from a copy in the recovery region",
  fix: "replicate the account to the recovery region (artifacts.replicateToRecoveryRegion: object replication), or use a geo-redundant type",
  tiers: ["prod"],
  resourceTypes: ["azurerm_storage_account"],
  check(account, stack) {
    if (GEO_REDUNDANT.includes(account.config.account_replication_type)) return undefined;
    return referring(stack, "azurerm_storage_object_replication", "source_storage_account_id", account)
      .length > 0
      ? undefined
      : `keeps no copy in another region (${account.config.account_replication_type ?? "no replication type"}, no object replication)`;
  },
};
