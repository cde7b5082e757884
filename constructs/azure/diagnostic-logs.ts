import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { Construct } from "constructs";

/** The blob service's resource log categories (Azure Monitor, Microsoft.Storage/storageAccounts/blobServices). */
export const BLOB_ACCESS_LOG_CATEGORIES = ["StorageRead", "StorageWrite", "StorageDelete"] as const;

export interface DiagnosticLogsProps {
  /** The resource whose logs are sent (a Key Vault, a Flexible Server, an account's blob service). */
  readonly targetResourceId: string;
  /** The Log Analytics workspace that receives them. */
  readonly workspaceId: string;
  /** Log categories of the resource type, as Azure Monitor names them ("AuditEvent"). */
  readonly categories: readonly string[];
  /** Name of the diagnostic setting, unique on the resource. @default "platform-log-analytics" */
  readonly name?: string;
}

/**
 * An Azure Monitor diagnostic setting: the named log categories of one resource into the environment's
 * Log Analytics workspace, where the cluster's logs and Traffic Analytics already are. Metrics are left
 * out: Azure Monitor keeps every platform metric without one, and copying them into the workspace costs.
 */
export class DiagnosticLogs extends Construct {
  readonly setting: MonitorDiagnosticSetting;

  constructor(scope: Construct, id: string, props: DiagnosticLogsProps) {
    super(scope, id);
    const categories = props.categories;
    if (categories.length === 0 || new Set(categories).size !== categories.length) {
      throw new Error(
        `DiagnosticLogs ${this.node.path}: categories is ${JSON.stringify(categories)}; expected one or more distinct log categories of the resource type`,
      );
    }
    this.setting = new MonitorDiagnosticSetting(this, "setting", {
      name: props.name ?? "platform-log-analytics",
      targetResourceId: props.targetResourceId,
      logAnalyticsWorkspaceId: props.workspaceId,
      enabledLog: categories.map((category) => ({ category })),
    });
  }
}
