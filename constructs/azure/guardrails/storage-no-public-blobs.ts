import type { TerraformRule } from "../../../guardrails/rule";

export const storageNoPublicBlobs: TerraformRule = {
  id: "CKV_AZURE_190",
  severity: "error",
  rationale:
    "models and artifacts are private; an account that allows public containers is one setting from exposing them",
  fix: "set allow_nested_items_to_be_public = false",
  resourceTypes: ["azurerm_storage_account"],
  // The provider's default is true.
  check: ({ config }) =>
    config.allow_nested_items_to_be_public === false
      ? undefined
      : "allows public containers and blobs (allow_nested_items_to_be_public is not false)",
};
