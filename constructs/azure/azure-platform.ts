import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { DataAzurermStorageAccount } from "@cdktf/provider-azurerm/lib/data-azurerm-storage-account";
import { PrivateEndpoint } from "@cdktf/provider-azurerm/lib/private-endpoint";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { StorageObjectReplication } from "@cdktf/provider-azurerm/lib/storage-object-replication";
import { Construct } from "constructs";
import { databaseInstanceId } from "../../config/names";
import { suppressGuardrail } from "../../guardrails/suppressions";
import type {
  ArtifactStore,
  CloudPlatform,
  CloudPlatformFactory,
  CloudPlatformProps,
} from "../cloud-platform";
import { AksCluster } from "./aks-cluster";
import { ArtifactStorage } from "./artifact-storage";
import {
  ARTIFACT_CONTAINER,
  flowLogName,
  flowLogStorageAccountName,
  keyVaultName,
  networkWatcherOf,
  recoveryResourceGroupName,
  resourceGroupName,
  storageAccountName,
} from "./azure-names";
import { AzureNetwork } from "./azure-network";
import { AKS_POD_CIDR, azureLayout } from "./azure-network-layout";
import { azureSettingsOf } from "./azure-spec";
import { BLOB_ACCESS_LOG_CATEGORIES, DiagnosticLogs } from "./diagnostic-logs";
import { KeyVault } from "./key-vault";
import { PostgresFlexibleServer } from "./postgres-flexible-server";
import { VnetFlowLog } from "./vnet-flow-log";
import { AzureWorkloadIdentities } from "./workload-identities";

/** GPUs per node of the GPU sizes the platform knows; others count as one (the pool's node ceiling). */
const GPUS_PER_VM: Readonly<Record<string, number>> = {
  Standard_NC4as_T4_v3: 1,
  Standard_NC8as_T4_v3: 1,
  Standard_NC16as_T4_v3: 1,
  Standard_NC64as_T4_v3: 4,
  Standard_NC24ads_A100_v4: 1,
  Standard_NC48ads_A100_v4: 2,
  Standard_NC96ads_A100_v4: 4,
};

/** The resource id of a Flexible Server, from names alone: a recovery stack needs nothing of its source's state. */
export function flexibleServerId(subscriptionId: string, environment: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroupName(environment)}/providers/Microsoft.DBforPostgreSQL/flexibleServers/${databaseInstanceId(environment)}`;
}

/**
 * The platform on Azure: a resource group with the VNet, AKS, PostgreSQL Flexible Server, the artifact
 * storage account, Key Vault and the workload identities, wired together from the environment and its
 * contract. A primary in the prod tier replicates its artifacts to an account in the recovery region
 * (object replication); its recovery environment adopts that account and geo-restores the database.
 */
export class AzurePlatform extends Construct implements CloudPlatform {
  readonly provider: AzurermProvider;
  readonly network: AzureNetwork;
  readonly cluster: AksCluster;
  readonly database: PostgresFlexibleServer;
  readonly artifactStore: ArtifactStore;
  readonly identities: AzureWorkloadIdentities;
  readonly keyVault: KeyVault;
  readonly flowLog: VnetFlowLog;

  constructor(scope: Construct, id: string, props: CloudPlatformProps) {
    super(scope, id);
    const { environment: env, contract } = props;
    const azure = azureSettingsOf(env);
    const tags = { Project: "mlops-platform", Environment: env.name, ManagedBy: "cdktf", ...env.tags };
    const location = env.region;
    const zones = env.network.availabilityZones;

    this.provider = new AzurermProvider(this, "azurerm", {
      subscriptionId: azure.subscriptionId,
      tenantId: azure.tenantId,
      // Shared keys are off on every account: data-plane calls use Entra ID.
      storageUseAzuread: true,
      features: [
        {
          keyVault: [{ purgeSoftDeleteOnDestroy: false, recoverSoftDeletedKeyVaults: true }],
          resourceGroup: [{ preventDeletionIfContainsResources: true }],
          // The accounts refuse public network access, and the deployer is outside their VNet: the
          // provider must not read their queue and static-website properties over the data plane.
          // Everything the stacks manage in them (containers, lifecycle, replication) goes through ARM.
          storage: [{ dataPlaneAvailable: false }],
        },
      ],
    });
    const deployer = new DataAzurermClientConfig(this, "deployer", {});
    const group = new ResourceGroup(this, "resource-group", {
      name: resourceGroupName(env.name),
      location,
      tags,
    });
    const rg = group.name;

    const layout = azureLayout(env.network.vpcCidr);
    const prodTier = env.tier === "prod";
    this.network = new AzureNetwork(this, "network", {
      namePrefix: contract.namePrefix,
      resourceGroupName: rg,
      location,
      vnetCidr: env.network.vpcCidr,
      subnets: layout,
      zones,
      natGateway: prodTier,
      tags,
    });

    this.keyVault = new KeyVault(this, "key-vault", {
      name: keyVaultName(env.name),
      resourceGroupName: rg,
      location,
      tenantId: azure.tenantId,
      privateEndpointSubnetId: this.network.privateEndpointSubnet.id,
      privateDnsZoneId: this.network.dnsZones.keyVault.id,
      deployerObjectId: deployer.objectId,
      publicAccessCidrs: azure.deployerCidrs,
      tags,
    });
    if (azure.deployerCidrs.length > 0) {
      suppressGuardrail(
        this.keyVault.vault,
        "CKV_AZURE_189",
        `azure.deployerCidrs opens the vault's public endpoint to ${azure.deployerCidrs.join(", ")} alone (network ACLs deny the rest) so that a first deploy can write the KMS key and the database secret before any network reaches the private endpoint; remove the field after bootstrap`,
      );
    }

    const gpus = env.gpu.maxGpus;
    const perVm = Math.max(1, ...azure.gpuVmSizes.map((size) => GPUS_PER_VM[size] ?? 1));
    this.cluster = new AksCluster(this, "cluster", {
      name: contract.clusterName,
      resourceGroupName: rg,
      location,
      kubernetesVersion: env.cluster.version,
      tenantId: azure.tenantId,
      adminGroupObjectIds: azure.adminGroupObjectIds,
      nodeSubnetId: this.network.nodeSubnet.id,
      apiServerSubnetId: this.network.apiServerSubnet.id,
      vnetId: this.network.vnet.id,
      zones,
      podCidr: AKS_POD_CIDR,
      serviceCidr: env.network.serviceCidr,
      standardTier: prodTier,
      natGatewayEgress: prodTier,
      ...(this.network.natGatewayAssociation && {
        egressDependsOn: [this.network.natGatewayAssociation],
      }),
      systemNodes: {
        vmSize: azure.systemNodeVmSize,
        minSize: env.cluster.systemNodes.minSize,
        desiredSize: env.cluster.systemNodes.desiredSize,
        maxSize: env.cluster.systemNodes.maxSize,
        diskSizeGiB: env.cluster.systemNodes.diskSizeGiB,
      },
      generalNodes: { vmSize: azure.generalNodeVmSize, maxSize: prodTier ? 20 : 6 },
      ...(gpus > 0 && {
        gpu: {
          vmSizes: azure.gpuVmSizes,
          capacityTypes: env.gpu.capacityTypes,
          maxNodes: Math.max(1, Math.floor(gpus / perVm)),
        },
      }),
      kmsKeyId: this.keyVault.clusterSecretsKey.id,
      keyVaultId: this.keyVault.vault.id,
      logRetentionDays: env.cluster.logRetentionDays,
      tags,
    });

    // Every tier records its VNet's flows: an unexplained connection matters in dev too. Flow logs are
    // kept as long as the cluster's logs (the tier's 30 or 365 days, a year at most);
    // production gets Traffic Analytics every 10 minutes, development every hour.
    this.flowLog = new VnetFlowLog(this, "flow-log", {
      name: flowLogName(env.name),
      vnet: this.network.vnet,
      vnetDependsOn: this.network.builtFrom,
      location,
      networkWatcher: networkWatcherOf(location, azure.networkWatcher, rg),
      resourceGroupName: rg,
      storageAccountName: flowLogStorageAccountName(env.name),
      retentionDays: Math.min(365, env.cluster.logRetentionDays),
      trafficAnalytics: { workspace: this.cluster.logs, intervalMinutes: prodTier ? 10 : 60 },
      protect: env.database.deletionProtection,
      tags,
    });
    const flowLogAccount = this.flowLog.storageAccount;
    suppressGuardrail(
      flowLogAccount,
      "CKV2_AZURE_40",
      "Network Watcher writes flow logs with the account key; azurerm 4.55.0 cannot give a flow log the managed identity that would let shared keys go. Nothing of the platform reads this account with a key (Entra ID is the default)",
    );
    suppressGuardrail(
      flowLogAccount,
      "CKV_AZURE_59",
      "Network Watcher and Traffic Analytics reach the account through the trusted-services exception of its firewall, which needs public network access from selected networks; none is selected, so every network is denied",
    );
    suppressGuardrail(
      flowLogAccount,
      "CKV2_AZURE_33",
      "nothing in the VNet reads the flow logs: Azure writes them and Traffic Analytics reads them through the trusted-services exception; the firewall denies every network",
    );
    suppressGuardrail(
      flowLogAccount,
      "CKV2_AZURE_21",
      "only Network Watcher writes the flow logs and Traffic Analytics reads them, every few minutes: their access log would be a costly log of logging; the account holds no platform data",
    );
    suppressGuardrail(
      flowLogAccount,
      "platform-storage-blob-versioning",
      "Network Watcher writes each hour of flows as one block blob and rewrites it with new entries every few minutes: versioning would keep a copy of every update; nothing else writes there",
    );
    if (prodTier) {
      suppressGuardrail(
        flowLogAccount,
        "CKV_AZURE_206",
        "the flow logs describe this region's VNet and are of no use without it; an environment in another region records its own VNet's flows there",
      );
    }

    const source = contract.recoverySource;
    this.database = new PostgresFlexibleServer(this, "database", {
      name: contract.database.instanceId,
      resourceGroupName: rg,
      location,
      engineVersion: env.database.engineVersion,
      skuName: azure.databaseSkuName,
      allocatedStorageGiB: env.database.allocatedStorageGiB,
      backupRetentionDays: env.database.backupRetentionDays,
      databaseName: contract.database.databaseName,
      username: contract.database.username,
      port: contract.database.port,
      delegatedSubnetId: this.network.databaseSubnet.id,
      privateDnsZoneId: this.network.dnsZones.postgres.id,
      privateDnsZoneLink: this.network.dnsLinks.postgres,
      zones,
      highAvailability: env.database.multiAz,
      geoRedundantBackups: env.database.replicateBackups,
      deletionProtection: env.database.deletionProtection,
      passwordVersion: env.database.passwordVersion,
      keyVaultId: this.keyVault.vault.id,
      credentialsSecretName: contract.database.credentialsSecretName,
      secretDependsOn: this.keyVault.deployerAccess,
      ...(source &&
        props.source && {
          geoRestoreFrom: {
            sourceServerId: flexibleServerId(
              azureSettingsOf(props.source).subscriptionId,
              source.environment,
            ),
            pointInTimeUtc: azure.restorePointInTimeUtc ?? "",
          },
        }),
      tags,
    });

    // Who read which secret or key, and what the database logged, next to the cluster's logs.
    new DiagnosticLogs(this, "key-vault-logs", {
      targetResourceId: this.keyVault.vault.id,
      workspaceId: this.cluster.logs.id,
      categories: ["AuditEvent"],
    });
    new DiagnosticLogs(this, "database-logs", {
      targetResourceId: this.database.server.id,
      workspaceId: this.cluster.logs.id,
      categories: ["PostgreSQLLogs"],
    });

    // The artifact account: the environment's own, or (recovery) the replica its source kept in this
    // region, which a recovery stack reads by name and never creates or deletes.
    const account = storageAccountName(contract.artifactStore.bucket);
    let storageAccountId: string;
    let storage: ArtifactStorage | undefined;
    if (source) {
      const replica = new DataAzurermStorageAccount(this, "recovered-artifacts", {
        name: account,
        resourceGroupName: recoveryResourceGroupName(source.environment),
      });
      new PrivateEndpoint(this, "recovered-artifacts-endpoint", {
        name: `pe-${account}-blob`,
        resourceGroupName: rg,
        location,
        subnetId: this.network.privateEndpointSubnet.id,
        privateServiceConnection: {
          name: `psc-${account}-blob`,
          privateConnectionResourceId: replica.id,
          subresourceNames: ["blob"],
          isManualConnection: false,
        },
        privateDnsZoneGroup: { name: "blob", privateDnsZoneIds: [this.network.dnsZones.blob.id] },
        tags,
      });
      storageAccountId = replica.id;
    } else {
      storage = new ArtifactStorage(this, "artifacts", {
        accountName: account,
        containerName: ARTIFACT_CONTAINER,
        resourceGroupName: rg,
        location,
        replicationType: "ZRS",
        noncurrentVersionRetentionDays: env.artifacts.noncurrentVersionRetentionDays,
        privateEndpoint: {
          subnetId: this.network.privateEndpointSubnet.id,
          dnsZoneId: this.network.dnsZones.blob.id,
        },
        protect: env.database.deletionProtection,
        tags,
      });
      storageAccountId = storage.account.id;
    }
    this.artifactStore = { bucketName: contract.artifactStore.bucket, uri: contract.artifactStore.uri };
    // Who read, wrote or deleted which blob: the blob service's access logs, beside the other logs.
    new DiagnosticLogs(this, "artifact-access-logs", {
      targetResourceId: `${storageAccountId}/blobServices/default`,
      workspaceId: this.cluster.logs.id,
      categories: BLOB_ACCESS_LOG_CATEGORIES,
    });

    const replication = contract.replication;
    if (storage && env.artifacts.replicateToRecoveryRegion && replication) {
      // The replica lives in the recovery region, in the recovery environment's future resource group, so
      // that a regional loss leaves it intact and adoptable without this stack's state.
      const recoveryGroup = new ResourceGroup(this, "recovery-resource-group", {
        name: recoveryResourceGroupName(env.name),
        location: env.recoveryRegion,
        tags,
      });
      const replica = new ArtifactStorage(this, "artifacts-replica", {
        accountName: storageAccountName(replication.replicaBucket),
        containerName: ARTIFACT_CONTAINER,
        resourceGroupName: recoveryGroup.name,
        location: env.recoveryRegion,
        replicationType: "ZRS",
        noncurrentVersionRetentionDays: env.artifacts.noncurrentVersionRetentionDays,
        // No private endpoint here: the recovery environment adds its own in its VNet.
        protect: env.database.deletionProtection,
        tags,
      });
      suppressGuardrail(
        replica.account,
        "CKV_AZURE_206",
        "it is the cross-region copy itself (in the recovery region), which the recovery environment adopts as its store",
      );
      suppressGuardrail(
        replica.account,
        "CKV2_AZURE_21",
        "nothing but object replication touches the copy until the recovery environment adopts it, and that environment logs its blob access from then on",
      );
      suppressGuardrail(
        replica.account,
        "CKV2_AZURE_33",
        "the recovery environment adds its own private endpoint in its VNet when it adopts the copy; until then public network access is off and nothing reaches it but object replication",
      );
      if (env.failedOverTo === undefined) {
        new StorageObjectReplication(this, "artifacts-replication", {
          sourceStorageAccountId: storage.account.id,
          destinationStorageAccountId: replica.account.id,
          rules: [
            {
              sourceContainerName: ARTIFACT_CONTAINER,
              destinationContainerName: ARTIFACT_CONTAINER,
              copyBlobsCreatedAfter: "Everything",
            },
          ],
          dependsOn: [storage.container, replica.container],
        });
      }
    }

    this.identities = new AzureWorkloadIdentities(this, "workload-identities", {
      resourceGroupName: rg,
      location,
      oidcIssuerUrl: this.cluster.oidcIssuerUrl,
      storageAccountId,
      containerName: ARTIFACT_CONTAINER,
      databaseSecretId: this.database.credentialsSecret.resourceId,
      workloads: Object.fromEntries(
        contract.access.map((row) => [
          row.workload,
          {
            identityName: row.identity.identityName,
            namespace: row.identity.namespace,
            serviceAccount: row.identity.serviceAccount,
            bucketPrefixes: row.prefixes,
            readsDatabaseCredentials: row.readsDatabaseCredentials,
          },
        ]),
      ),
      tags,
    });
  }
}

export const azurePlatform: CloudPlatformFactory = (scope, id, props) => new AzurePlatform(scope, id, props);
