import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const storageVersioning: TerraformRule = {
  id: "platform-storage-blob-versioning",
  severity: "error",
  rationale:
    "versioning keeps every overwritten or deleted artifact recoverable (and is what object replication copies)",
  fix: "set blob_properties.versioning_enabled = true",
  resourceTypes: ["azurerm_storage_account"],
  check: ({ config }) =>
    blockOf(config.blob_properties).versioning_enabled === true ? undefined : "does not keep blob versions",
};
