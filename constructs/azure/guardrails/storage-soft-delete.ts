import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

const POLICIES = ["delete_retention_policy", "container_delete_retention_policy"];

export const storageSoftDelete: TerraformRule = {
  id: "CKV2_AZURE_38",
  severity: "error",
  rationale: "a deleted blob or a whole deleted container stays recoverable for a week at least",
  fix: `set blob_properties.${POLICIES.join(" and ")} with days of 7 or more (artifacts.noncurrentVersionRetentionDays)`,
  resourceTypes: ["azurerm_storage_account"],
  check({ config }) {
    const properties = blockOf(config.blob_properties);
    const short = POLICIES.filter((policy) => (blockOf(properties[policy]).days ?? 0) < 7);
    return short.length === 0
      ? undefined
      : `does not keep deleted items 7 days or more (${short.join(", ")})`;
  },
};
