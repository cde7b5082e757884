import type { TerraformResource, TerraformResources, TerraformRule } from "../../../guardrails/rule";
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

/** A rule that every resource of `resourceType` sends its log `category` through a diagnostic setting. */
export function diagnosticLogRule(rule: {
  readonly id: string;
  readonly rationale: string;
  readonly resourceType: string;
  /** What the resource is, in the fix ("the vault"). */
  readonly what: string;
  readonly category: string;
  /** The finding when no setting sends the category. */
  readonly message: string;
}): TerraformRule {
  return {
    id: rule.id,
    severity: "error",
    rationale: rule.rationale,
    fix: `add an azurerm_monitor_diagnostic_setting on ${rule.what} with enabled_log category "${rule.category}" to the Log Analytics workspace`,
    resourceTypes: [rule.resourceType],
    check: (resource, stack) => (sendsLogCategory(stack, resource, rule.category) ? undefined : rule.message),
  };
}
