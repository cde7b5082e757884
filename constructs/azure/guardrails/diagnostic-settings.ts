import type { TerraformResource, TerraformResources } from "../../../guardrails/rule";
import { refersTo } from "../../../guardrails/terraform-references";

/**
 * Whether a diagnostic setting of the stack sends `category` of `resource` somewhere it is kept (a Log
 * Analytics workspace, a storage account or an event hub): what the diagnostic-log rules ask.
 */
export function sendsLogCategory(
  stack: TerraformResources,
  resource: TerraformResource,
  category: string,
): boolean {
  return stack.ofType("azurerm_monitor_diagnostic_setting").some(({ config }) => {
    const destination =
      config.log_analytics_workspace_id || config.storage_account_id || config.eventhub_authorization_rule_id;
    const logs: { category?: string }[] = [config.enabled_log ?? []].flat();
    return (
      refersTo(config.target_resource_id, resource) &&
      Boolean(destination) &&
      logs.some((log) => log.category === category)
    );
  });
}
