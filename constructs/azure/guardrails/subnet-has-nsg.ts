import type { TerraformRule } from "../../../guardrails/rule";
import { referring } from "../../../guardrails/terraform-references";

/** Subnets Azure reserves for its gateways and firewalls, which refuse an NSG. */
const RESERVED = ["gatewaysubnet", "azurefirewallsubnet", "azurefirewallmanagementsubnet"];

export const subnetHasNsg: TerraformRule = {
  id: "CKV2_AZURE_31",
  severity: "error",
  rationale: "a subnet without a network security group has no place to refuse traffic when a rule is needed",
  fix: "associate a network security group with the subnet (azurerm_subnet_network_security_group_association)",
  resourceTypes: ["azurerm_subnet"],
  check(subnet, stack) {
    if (RESERVED.includes(String(subnet.config.name).toLowerCase())) return undefined;
    return referring(stack, "azurerm_subnet_network_security_group_association", "subnet_id", subnet).length >
      0
      ? undefined
      : "has no network security group";
  },
};
