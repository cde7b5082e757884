import type { CloudRulePack } from "../../../guardrails/rule";
import { cloudSqlBackups } from "./cloud-sql-backups";
import { cloudSqlDeletionProtection } from "./cloud-sql-deletion-protection";
import { cloudSqlLogCheckpoints } from "./cloud-sql-log-checkpoints";
import { cloudSqlLogConnections } from "./cloud-sql-log-connections";
import { cloudSqlLogDisconnections } from "./cloud-sql-log-disconnections";
import { cloudSqlLogLockWaits } from "./cloud-sql-log-lock-waits";
import { cloudSqlLogMinMessages } from "./cloud-sql-log-min-messages";
import { cloudSqlNoPublicIp } from "./cloud-sql-no-public-ip";
import { cloudSqlPointInTimeRecovery } from "./cloud-sql-point-in-time-recovery";
import { cloudSqlRegional } from "./cloud-sql-regional";
import { cloudSqlTls } from "./cloud-sql-tls";
import { firewallNoPublicAllPorts } from "./firewall-no-public-all-ports";
import { firewallNoPublicRdp } from "./firewall-no-public-rdp";
import { firewallNoPublicSsh } from "./firewall-no-public-ssh";
import { gcsAccessLogging } from "./gcs-access-logging";
import { gcsCmek } from "./gcs-cmek";
import { gcsDualRegion } from "./gcs-dual-region";
import { gcsNoSelfLogging } from "./gcs-no-self-logging";
import { gcsNotPublic } from "./gcs-not-public";
import { gcsPublicAccessPrevention } from "./gcs-public-access-prevention";
import { gcsSoftDelete } from "./gcs-soft-delete";
import { gcsUniformAccess } from "./gcs-uniform-access";
import { gcsVersioning } from "./gcs-versioning";
import { gkeAlphaFeatures } from "./gke-alpha-features";
import { gkeClientCertificate } from "./gke-client-certificate";
import { gkeControlPlaneNotPublic } from "./gke-control-plane-not-public";
import { gkeDefaultNodePoolRemoved } from "./gke-default-node-pool-removed";
import { gkeDeletionProtection } from "./gke-deletion-protection";
import { gkeGeneralPoolHighAvailability } from "./gke-general-pool-high-availability";
import { gkeIntegrityMonitoring } from "./gke-integrity-monitoring";
import { gkeLegacyAbac } from "./gke-legacy-abac";
import { gkeLogging } from "./gke-logging";
import { gkeMetadataServer } from "./gke-metadata-server";
import { gkeMonitoring } from "./gke-monitoring";
import { gkeNetworkPolicy } from "./gke-network-policy";
import { gkeNodeAutoRepair } from "./gke-node-auto-repair";
import { gkeNodeAutoUpgrade } from "./gke-node-auto-upgrade";
import { gkeNodeNoSshKeys } from "./gke-node-no-ssh-keys";
import { gkeNodeServiceAccount } from "./gke-node-service-account";
import { gkePrivateNodes } from "./gke-private-nodes";
import { gkeRegional } from "./gke-regional";
import { gkeReleaseChannel } from "./gke-release-channel";
import { gkeSecretsEncryption } from "./gke-secrets-encryption";
import { gkeSecureBoot } from "./gke-secure-boot";
import { gkeShieldedNodes } from "./gke-shielded-nodes";
import { gkeVpcNative } from "./gke-vpc-native";
import { gkeWorkloadIdentity } from "./gke-workload-identity";
import { iamNoBasicRoles } from "./iam-no-basic-roles";
import { iamNoProjectImpersonation } from "./iam-no-project-impersonation";
import { iamResourceLevelDataRoles } from "./iam-resource-level-data-roles";
import { kmsPreventDestroy } from "./kms-prevent-destroy";
import { kmsRotation } from "./kms-rotation";
import { noServiceAccountKeys } from "./no-service-account-keys";
import { subnetFlowLogs } from "./subnet-flow-logs";
import { subnetPrivateGoogleAccess } from "./subnet-private-google-access";
import { workloadIdentityOneServiceAccount } from "./workload-identity-one-service-account";

/** The GCP pack: the rules every GCP stack is checked against (docs/guardrails.md lists them). */
export const GCP_GUARDRAILS: CloudRulePack = {
  name: "GCP",
  terraform: [
    gkePrivateNodes,
    gkeControlPlaneNotPublic,
    gkeWorkloadIdentity,
    gkeReleaseChannel,
    gkeNetworkPolicy,
    gkeVpcNative,
    gkeDefaultNodePoolRemoved,
    gkeShieldedNodes,
    gkeSecretsEncryption,
    gkeLegacyAbac,
    gkeClientCertificate,
    gkeAlphaFeatures,
    gkeLogging,
    gkeMonitoring,
    gkeDeletionProtection,
    gkeRegional,
    gkeMetadataServer,
    gkeSecureBoot,
    gkeIntegrityMonitoring,
    gkeNodeServiceAccount,
    gkeNodeNoSshKeys,
    gkeNodeAutoRepair,
    gkeNodeAutoUpgrade,
    gkeGeneralPoolHighAvailability,
    cloudSqlNoPublicIp,
    cloudSqlTls,
    cloudSqlBackups,
    cloudSqlPointInTimeRecovery,
    cloudSqlLogConnections,
    cloudSqlLogDisconnections,
    cloudSqlLogLockWaits,
    cloudSqlLogCheckpoints,
    cloudSqlLogMinMessages,
    cloudSqlRegional,
    cloudSqlDeletionProtection,
    gcsUniformAccess,
    gcsPublicAccessPrevention,
    gcsNotPublic,
    gcsAccessLogging,
    gcsNoSelfLogging,
    gcsCmek,
    gcsVersioning,
    gcsSoftDelete,
    gcsDualRegion,
    kmsRotation,
    kmsPreventDestroy,
    iamNoBasicRoles,
    iamNoProjectImpersonation,
    iamResourceLevelDataRoles,
    workloadIdentityOneServiceAccount,
    noServiceAccountKeys,
    subnetFlowLogs,
    subnetPrivateGoogleAccess,
    firewallNoPublicSsh,
    firewallNoPublicRdp,
    firewallNoPublicAllPorts,
  ],
};
