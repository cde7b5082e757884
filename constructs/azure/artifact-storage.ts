import { PrivateEndpoint } from "@cdktf/provider-azurerm/lib/private-endpoint";
import { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import { StorageContainer } from "@cdktf/provider-azurerm/lib/storage-container";
import { StorageManagementPolicy } from "@cdktf/provider-azurerm/lib/storage-management-policy";
import { Construct } from "constructs";

export interface ArtifactStorageProps {
  /** Storage account name (azure-names.ts: storageAccountName). */
  readonly accountName: string;
  readonly containerName: string;
  readonly resourceGroupName: string;
  readonly location: string;
  /** Azure's redundancy: "ZRS" in one region; "GZRS" also keeps a copy in the paired region. */
  readonly replicationType: "ZRS" | "GZRS";
  /** Days a noncurrent version, a deleted blob and a deleted container stay recoverable. */
  readonly noncurrentVersionRetentionDays: number;
  /**
   * A private endpoint for the account's blobs in this subnet, registered in the
   * `privatelink.blob.core.windows.net` zone. @default none (a replica, reached by its own region's VNet)
   */
  readonly privateEndpoint?: { readonly subnetId: string; readonly dnsZoneId: string };
  /** Keep the account from being destroyed by a plan. @default false */
  readonly protect?: boolean;
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * A StorageV2 account for the artifacts, with everything recoverable: blob versioning, the change feed,
 * blob and container soft delete, point-in-time restore of the container within the soft-delete window;
 * TLS 1.2, no public nested items, no shared keys (Entra ID only), no public network access (a private
 * endpoint in the VNet); old versions expire through the lifecycle policy.
 */
export class ArtifactStorage extends Construct {
  readonly account: StorageAccount;
  readonly container: StorageContainer;

  constructor(scope: Construct, id: string, props: ArtifactStorageProps) {
    super(scope, id);
    const days = props.noncurrentVersionRetentionDays;
    if (!/^[a-z0-9]{3,24}$/.test(props.accountName)) {
      throw new Error(
        `ArtifactStorage: accountName is "${props.accountName}"; expected 3-24 lowercase letters and digits`,
      );
    }
    if (!Number.isInteger(days) || days < 2 || days > 365) {
      throw new Error(
        `ArtifactStorage ${props.accountName}: noncurrentVersionRetentionDays is ${days}; expected 2 to 365 (soft delete keeps blobs at most 365 days; point-in-time restore needs one day less)`,
      );
    }
    this.account = new StorageAccount(this, "account", {
      name: props.accountName,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      accountKind: "StorageV2",
      accountTier: "Standard",
      accountReplicationType: props.replicationType,
      accessTier: "Hot",
      minTlsVersion: "TLS1_2",
      httpsTrafficOnlyEnabled: true,
      allowNestedItemsToBePublic: false,
      sharedAccessKeyEnabled: false,
      localUserEnabled: false,
      defaultToOauthAuthentication: true,
      publicNetworkAccessEnabled: false,
      crossTenantReplicationEnabled: false,
      infrastructureEncryptionEnabled: true,
      networkRules: { defaultAction: "Deny", bypass: ["AzureServices"] },
      blobProperties: {
        versioningEnabled: true,
        changeFeedEnabled: true,
        changeFeedRetentionInDays: days,
        deleteRetentionPolicy: { days },
        containerDeleteRetentionPolicy: { days },
        // Point-in-time restore must end before the soft-delete window does.
        restorePolicy: { days: days - 1 },
      },
      tags: { ...props.tags },
      ...(props.protect && { lifecycle: { preventDestroy: true } }),
    });
    this.container = new StorageContainer(this, "container", {
      name: props.containerName,
      // Through Azure Resource Manager: the data plane is closed to the deploying machine.
      storageAccountId: this.account.id,
      containerAccessType: "private",
    });
    new StorageManagementPolicy(this, "lifecycle", {
      storageAccountId: this.account.id,
      rule: [
        {
          name: "expire-old-versions",
          enabled: true,
          filters: { blobTypes: ["blockBlob"] },
          actions: { version: { deleteAfterDaysSinceCreation: days } },
        },
      ],
    });
    const endpoint = props.privateEndpoint;
    if (!endpoint) return;
    new PrivateEndpoint(this, "private-endpoint", {
      name: `pe-${props.accountName}-blob`,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      subnetId: endpoint.subnetId,
      privateServiceConnection: {
        name: `psc-${props.accountName}-blob`,
        privateConnectionResourceId: this.account.id,
        subresourceNames: ["blob"],
        isManualConnection: false,
      },
      privateDnsZoneGroup: { name: "blob", privateDnsZoneIds: [endpoint.dnsZoneId] },
      tags: { ...props.tags },
    });
  }
}
