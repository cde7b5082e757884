import type { TerraformRule } from "../../../guardrails/rule";
import { refersTo } from "../../../guardrails/terraform-references";

export const keyVaultPrivateEndpoint: TerraformRule = {
  id: "CKV2_AZURE_32",
  severity: "error",
  rationale:
    "with public access off, a private endpoint in the VNet is how AKS's KMS and External Secrets reach the vault",
  fix: 'add an azurerm_private_endpoint with subresource "vault" whose private_service_connection names the vault',
  resourceTypes: ["azurerm_key_vault"],
  check: (vault, stack) =>
    stack
      .ofType("azurerm_private_endpoint")
      .some((endpoint) => refersTo(endpoint.config.private_service_connection, vault))
      ? undefined
      : "has no private endpoint",
};
