import type { TerraformRule } from "../../../guardrails/rule";
import { refersTo } from "../../../guardrails/terraform-references";

export const storagePrivateEndpoint: TerraformRule = {
  id: "CKV2_AZURE_33",
  severity: "error",
  rationale: "with public access off, a private endpoint in the VNet is how the cluster reaches the blobs",
  fix: 'add an azurerm_private_endpoint with subresource "blob" whose private_service_connection names the account',
  resourceTypes: ["azurerm_storage_account"],
  check: (account, stack) =>
    stack
      .ofType("azurerm_private_endpoint")
      .some((endpoint) => refersTo(endpoint.config.private_service_connection, account))
      ? undefined
      : "has no private endpoint",
};
