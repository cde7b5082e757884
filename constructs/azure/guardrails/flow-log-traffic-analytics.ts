import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const flowLogTrafficAnalytics: TerraformRule = {
  id: "platform-flow-log-traffic-analytics",
  severity: "error",
  rationale:
    "flow-log blobs nobody queries protect nobody; Traffic Analytics puts the flows where the cluster's logs are searched",
  fix: "enable traffic_analytics on the flow log with the environment's Log Analytics workspace",
  resourceTypes: ["azurerm_network_watcher_flow_log"],
  check({ config }) {
    const analytics = blockOf(config.traffic_analytics);
    return analytics.enabled === true && analytics.workspace_resource_id
      ? undefined
      : "sends its flows to no Log Analytics workspace (traffic_analytics is not enabled)";
  },
};
