import type { TerraformResource, TerraformResources, TerraformRule } from "../../../guardrails/rule";
import { refersTo } from "../../../guardrails/terraform-references";
import { BLOB_ACCESS_LOG_CATEGORIES } from "../diagnostic-logs";

/** The categories of the account's blob service that no diagnostic setting sends anywhere. */
function unsentCategories(stack: TerraformResources, account: TerraformResource): string[] {
  const sent = new Set<string>();
  for (const { config } of stack.ofType("azurerm_monitor_diagnostic_setting")) {
    const target = JSON.stringify(config.target_resource_id ?? null);
    const destination =
      config.log_analytics_workspace_id || config.storage_account_id || config.eventhub_authorization_rule_id;
    // The blob service is the account's child: "<account id>/blobServices/default".
    if (
      !refersTo(config.target_resource_id, account) ||
      !target.includes("/blobServices/default") ||
      !destination
    )
      continue;
    for (const log of [config.enabled_log ?? []].flat() as { category?: string }[])
      if (log.category) sent.add(log.category);
  }
  return BLOB_ACCESS_LOG_CATEGORIES.filter((category) => !sent.has(category));
}

/**
 * Object-level access logs of an account's blobs, as S3 server access logs and GCS usage logs are on the
 * other clouds. checkov's CKV2_AZURE_21 asks the same through Log Analytics storage insights, which take
 * the account key; the platform's accounts have shared keys off, so it asks for the Azure Monitor
 * diagnostic setting on the blob service instead (CIS Azure "storage logging for Blob service").
 */
export const storageBlobAccessLogs: TerraformRule = {
  id: "CKV2_AZURE_21",
  severity: "error",
  rationale:
    "who read, wrote or deleted which model or backup is known only from the blob service's own logs; without them a leak or a deletion leaves no trace",
  fix: 'add an azurerm_monitor_diagnostic_setting on "<account id>/blobServices/default" with enabled_log categories StorageRead, StorageWrite and StorageDelete to the Log Analytics workspace',
  resourceTypes: ["azurerm_storage_account"],
  check(account, stack) {
    const missing = unsentCategories(stack, account);
    return missing.length === 0
      ? undefined
      : `logs no blob access for ${missing.join(", ")} (no diagnostic setting on its blob service sends them)`;
  },
};
