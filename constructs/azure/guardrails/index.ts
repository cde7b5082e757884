import type { CloudRulePack } from "../../../guardrails/rule";
import { aksAutomaticUpgrades } from "./aks-automatic-upgrades";
import { aksAzurePolicy } from "./aks-azure-policy";
import { aksEntraIdRbac } from "./aks-entra-id-rbac";
import { aksEphemeralOsDisk } from "./aks-ephemeral-os-disk";
import { aksHostEncryption } from "./aks-host-encryption";
import { aksKmsEtcdEncryption } from "./aks-kms-etcd-encryption";
import { aksLocalAccountsDisabled } from "./aks-local-accounts-disabled";
import { aksMonitoring } from "./aks-monitoring";
import { aksNetworkPolicy } from "./aks-network-policy";
import { aksNoSsh } from "./aks-no-ssh";
import { aksNodeNoPublicIp } from "./aks-node-no-public-ip";
import { aksPrivateCluster } from "./aks-private-cluster";
import { aksStandardTier } from "./aks-standard-tier";
import { aksSystemPoolCriticalOnly } from "./aks-system-pool-critical-only";
import { aksSystemPoolHighAvailability } from "./aks-system-pool-high-availability";
import { aksWorkloadIdentity } from "./aks-workload-identity";
import { federatedCredentialOneServiceAccount } from "./federated-credential-one-service-account";
import { flowLogRetention } from "./flow-log-retention";
import { flowLogTrafficAnalytics } from "./flow-log-traffic-analytics";
import { keyVaultAuditLogs } from "./key-vault-audit-logs";
import { keyVaultKeyRotation } from "./key-vault-key-rotation";
import { keyVaultPrivateEndpoint } from "./key-vault-private-endpoint";
import { keyVaultPublicNetworkDisabled } from "./key-vault-public-network-disabled";
import { keyVaultRbacAuthorization } from "./key-vault-rbac-authorization";
import { keyVaultRecoverable } from "./key-vault-recoverable";
import { logAnalyticsRetention } from "./log-analytics-retention";
import { nsgNoInboundFromInternet } from "./nsg-no-inbound-from-internet";
import { postgresBackupRetention } from "./postgres-backup-retention";
import { postgresDeletionProtection } from "./postgres-deletion-protection";
import { postgresGeoRedundantBackups } from "./postgres-geo-redundant-backups";
import { postgresPrivateAccess } from "./postgres-private-access";
import { postgresRequireSecureTransport } from "./postgres-require-secure-transport";
import { postgresServerLogs } from "./postgres-server-logs";
import { postgresZoneRedundantHa } from "./postgres-zone-redundant-ha";
import { roleAssignmentNarrowScope } from "./role-assignment-narrow-scope";
import { roleAssignmentNoBroadRole } from "./role-assignment-no-broad-role";
import { storageBlobAccessLogs } from "./storage-blob-access-logs";
import { storageContainerPrivate } from "./storage-container-private";
import { storageGeoReplication } from "./storage-geo-replication";
import { storageHttpsOnly } from "./storage-https-only";
import { storageLocalUsersDisabled } from "./storage-local-users-disabled";
import { storageMinTls } from "./storage-min-tls";
import { storageNoPublicBlobs } from "./storage-no-public-blobs";
import { storagePrivateEndpoint } from "./storage-private-endpoint";
import { storagePublicNetworkDisabled } from "./storage-public-network-disabled";
import { storageSharedKeysDisabled } from "./storage-shared-keys-disabled";
import { storageSoftDelete } from "./storage-soft-delete";
import { storageVersioning } from "./storage-versioning";
import { storageZoneRedundant } from "./storage-zone-redundant";
import { subnetHasNsg } from "./subnet-has-nsg";
import { vnetFlowLogs } from "./vnet-flow-logs";

/** The Azure pack: the rules every Azure stack is checked against (docs/guardrails.md lists them). */
export const AZURE_GUARDRAILS: CloudRulePack = {
  name: "Azure",
  terraform: [
    aksAutomaticUpgrades,
    aksAzurePolicy,
    aksEntraIdRbac,
    aksEphemeralOsDisk,
    aksHostEncryption,
    aksKmsEtcdEncryption,
    aksLocalAccountsDisabled,
    aksMonitoring,
    aksNetworkPolicy,
    aksNoSsh,
    aksNodeNoPublicIp,
    aksPrivateCluster,
    aksStandardTier,
    aksSystemPoolCriticalOnly,
    aksSystemPoolHighAvailability,
    aksWorkloadIdentity,
    federatedCredentialOneServiceAccount,
    flowLogRetention,
    flowLogTrafficAnalytics,
    keyVaultAuditLogs,
    keyVaultKeyRotation,
    keyVaultPrivateEndpoint,
    keyVaultPublicNetworkDisabled,
    keyVaultRbacAuthorization,
    keyVaultRecoverable,
    logAnalyticsRetention,
    nsgNoInboundFromInternet,
    postgresBackupRetention,
    postgresDeletionProtection,
    postgresGeoRedundantBackups,
    postgresPrivateAccess,
    postgresRequireSecureTransport,
    postgresServerLogs,
    postgresZoneRedundantHa,
    roleAssignmentNarrowScope,
    roleAssignmentNoBroadRole,
    storageContainerPrivate,
    storageGeoReplication,
    storageBlobAccessLogs,
    storageHttpsOnly,
    storageLocalUsersDisabled,
    storageMinTls,
    storageNoPublicBlobs,
    storagePrivateEndpoint,
    storagePublicNetworkDisabled,
    storageSharedKeysDisabled,
    storageSoftDelete,
    storageVersioning,
    storageZoneRedundant,
    subnetHasNsg,
    vnetFlowLogs,
  ],
};
