import type { TerraformRule } from "../../../guardrails/rule";
import { refersTo } from "../../../guardrails/terraform-references";

export const vnetFlowLogs: TerraformRule = {
  id: "platform-vnet-flow-logs",
  severity: "error",
  rationale: "flow logs are the only record of which address talked to which in the VNet",
  fix: "add an enabled azurerm_network_watcher_flow_log whose target_resource_id is the VNet",
  resourceTypes: ["azurerm_virtual_network"],
  check: (vnet, stack) =>
    stack
      .ofType("azurerm_network_watcher_flow_log")
      .some(({ config }) => config.enabled === true && refersTo(config.target_resource_id, vnet))
      ? undefined
      : "has no enabled VNet flow log",
};
