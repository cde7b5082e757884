import type { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { NetworkWatcher } from "@cdktf/provider-azurerm/lib/network-watcher";
import { NetworkWatcherFlowLog } from "@cdktf/provider-azurerm/lib/network-watcher-flow-log";
import { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import type { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import type { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import type { ResolvedNetworkWatcher } from "./azure-names";

/** How often Traffic Analytics processes the flow logs: the two intervals Azure offers, in minutes. */
export type TrafficAnalyticsInterval = 10 | 60;

export interface VnetFlowLogProps {
  /** Name of the flow log in the Network Watcher (azure-names.ts: flowLogName). */
  readonly name: string;
  /** The VNet whose traffic is recorded; the flow log, the watcher and the account share its region. */
  readonly vnet: VirtualNetwork;
  /**
   * What the VNet is built from (its subnets and their NSG associations): the flow log is created after
   * all of it. @default nothing beyond the VNet
   */
  readonly vnetDependsOn?: readonly ITerraformDependable[];
  /** Region of the VNet. */
  readonly location: string;
  /** The region's Network Watcher: referred to by name, or created here. */
  readonly networkWatcher: ResolvedNetworkWatcher;
  /** Resource group of the flow logs' storage account (and of nothing else here). */
  readonly resourceGroupName: string;
  /** Name of the storage account the flow logs are written to (azure-names.ts: flowLogStorageAccountName). */
  readonly storageAccountName: string;
  /** Days the flow-log blobs are kept, 1 to 365 (Network Watcher deletes older ones). */
  readonly retentionDays: number;
  /** Traffic Analytics: the workspace the processed flows go to, in the same region. */
  readonly trafficAnalytics: {
    readonly workspace: LogAnalyticsWorkspace;
    /** @default 60 */
    readonly intervalMinutes?: TrafficAnalyticsInterval;
  };
  /** Keep the storage account from being destroyed by a plan. @default false */
  readonly protect?: boolean;
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * A VNet flow log (Network Watcher): every flow through the VNet, written by Azure into a storage account
 * of the VNet's region and processed by Traffic Analytics into the environment's Log Analytics workspace.
 * The account is as closed as flow logs allow: its firewall denies every network and lets Azure's trusted
 * services through (Network Watcher writes there, Traffic Analytics reads there), HTTPS and TLS 1.2 only,
 * no public blobs, no local users, deleted blobs and containers recoverable for a week; its shared keys
 * stay on, because Network Watcher writes with the account key (azurerm 4.55.0 cannot give the flow log a
 * managed identity). docs/versions.md records the sources.
 */
export class VnetFlowLog extends Construct {
  readonly storageAccount: StorageAccount;
  readonly flowLog: NetworkWatcherFlowLog;
  /** The watcher, where this construct creates it. */
  readonly networkWatcher?: NetworkWatcher;

  constructor(scope: Construct, id: string, props: VnetFlowLogProps) {
    super(scope, id);
    const days = props.retentionDays;
    const interval = props.trafficAnalytics.intervalMinutes ?? 60;
    if (!/^[a-z0-9]{3,24}$/.test(props.storageAccountName)) {
      throw new Error(
        `VnetFlowLog ${props.name}: storageAccountName is "${props.storageAccountName}"; expected 3-24 lowercase letters and digits`,
      );
    }
    if (!Number.isInteger(days) || days < 1 || days > 365) {
      throw new Error(
        `VnetFlowLog ${props.name}: retentionDays is ${days}; expected a whole number from 1 to 365 (0, Azure's "forever", is refused: flow logs are pruned)`,
      );
    }
    if (interval !== 10 && interval !== 60) {
      throw new Error(
        `VnetFlowLog ${props.name}: trafficAnalytics.intervalMinutes is ${interval}; expected 10 or 60 (the intervals Traffic Analytics offers)`,
      );
    }
    const tags = { ...props.tags };
    this.storageAccount = new StorageAccount(this, "storage", {
      name: props.storageAccountName,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      accountKind: "StorageV2",
      // Flow logs refuse premium accounts.
      accountTier: "Standard",
      accountReplicationType: "ZRS",
      accessTier: "Hot",
      minTlsVersion: "TLS1_2",
      httpsTrafficOnlyEnabled: true,
      allowNestedItemsToBePublic: false,
      // Network Watcher writes with the account key: without shared keys no flow log arrives.
      sharedAccessKeyEnabled: true,
      // People reading the logs (portal, az CLI) use Entra ID, not the key.
      defaultToOauthAuthentication: true,
      localUserEnabled: false,
      crossTenantReplicationEnabled: false,
      infrastructureEncryptionEnabled: true,
      // "Selected networks" with none selected: only the trusted-services exception gets through.
      publicNetworkAccessEnabled: true,
      networkRules: { defaultAction: "Deny", bypass: ["AzureServices"] },
      blobProperties: {
        deleteRetentionPolicy: { days: 7 },
        containerDeleteRetentionPolicy: { days: 7 },
      },
      tags,
      ...(props.protect && { lifecycle: { preventDestroy: true } }),
    });
    // No lifecycle policy of its own: the flow log's retention writes the account's management policy.

    const watcher = props.networkWatcher;
    if (watcher.create) {
      this.networkWatcher = new NetworkWatcher(this, "network-watcher", {
        name: watcher.name,
        resourceGroupName: watcher.resourceGroupName,
        location: props.location,
        tags,
      });
    }
    const workspace = props.trafficAnalytics.workspace;
    this.flowLog = new NetworkWatcherFlowLog(this, "flow-log", {
      name: props.name,
      // Referring to the created watcher orders the flow log after it.
      networkWatcherName: this.networkWatcher?.name ?? watcher.name,
      resourceGroupName: this.networkWatcher?.resourceGroupName ?? watcher.resourceGroupName,
      location: props.location,
      targetResourceId: props.vnet.id,
      storageAccountId: this.storageAccount.id,
      enabled: true,
      version: 2,
      retentionPolicy: { enabled: true, days },
      trafficAnalytics: {
        enabled: true,
        workspaceId: workspace.workspaceId,
        workspaceRegion: workspace.location,
        workspaceResourceId: workspace.id,
        intervalInMinutes: interval,
      },
      // After the whole VNet: Azure creates its regional watcher when the VNet is created, and the
      // subnets' updates of the VNet are done before its flow log is attached.
      dependsOn: [props.vnet, ...(props.vnetDependsOn ?? [])],
      tags,
    });
  }
}
