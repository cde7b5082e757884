import type { CloudRulePack } from "../../../guardrails/rule";
import { defaultSecurityGroupClosed } from "./default-security-group-closed";
import { eksControlPlaneLogging } from "./eks-control-plane-logging";
import { eksPublicEndpoint } from "./eks-public-endpoint";
import { eksSecretsEncryption } from "./eks-secrets-encryption";
import { iamNoWildcards } from "./iam-no-wildcards";
import { imdsv2Required } from "./imdsv2-required";
import { irsaTrustOneServiceAccount } from "./irsa-trust-one-service-account";
import { kmsKeyRotation } from "./kms-key-rotation";
import { launchTemplateEbsEncrypted } from "./launch-template-ebs-encrypted";
import { logGroupKms } from "./log-group-kms";
import { logGroupRetention } from "./log-group-retention";
import { metadataHopLimit } from "./metadata-hop-limit";
import { noIamUsers } from "./no-iam-users";
import { nodeClassEbsEncrypted } from "./node-class-ebs-encrypted";
import { nodeClassImdsv2 } from "./node-class-imdsv2";
import { nodeClassPrivateAddresses } from "./node-class-private-addresses";
import { nodeGroupHighAvailability } from "./node-group-high-availability";
import { nodeGroupNoSsh } from "./node-group-no-ssh";
import { rdsBackupRetention } from "./rds-backup-retention";
import { rdsDeletionProtection } from "./rds-deletion-protection";
import { rdsEncryptionInTransit } from "./rds-encryption-in-transit";
import { rdsFinalSnapshot } from "./rds-final-snapshot";
import { rdsLogging } from "./rds-logging";
import { rdsMultiAz } from "./rds-multi-az";
import { rdsNotPublic } from "./rds-not-public";
import { rdsStorageEncrypted } from "./rds-storage-encrypted";
import { s3AccessLogging } from "./s3-access-logging";
import { s3KmsEncryption } from "./s3-kms-encryption";
import { s3PublicAccessBlock } from "./s3-public-access-block";
import { s3Replication } from "./s3-replication";
import { s3RequireTls } from "./s3-require-tls";
import { s3Versioning } from "./s3-versioning";
import { secretKms } from "./secret-kms";
import { sqsEncryption } from "./sqs-encryption";
import { vpcFlowLogs } from "./vpc-flow-logs";

/**
 * The AWS pack: the rules every AWS stack is checked against, and those of Karpenter's node classes in the
 * cluster layer (docs/guardrails.md lists them).
 */
export const AWS_GUARDRAILS: CloudRulePack = {
  name: "AWS",
  terraform: [
    defaultSecurityGroupClosed,
    eksControlPlaneLogging,
    eksPublicEndpoint,
    eksSecretsEncryption,
    iamNoWildcards,
    imdsv2Required,
    irsaTrustOneServiceAccount,
    kmsKeyRotation,
    launchTemplateEbsEncrypted,
    logGroupKms,
    logGroupRetention,
    metadataHopLimit,
    noIamUsers,
    nodeGroupHighAvailability,
    nodeGroupNoSsh,
    rdsBackupRetention,
    rdsDeletionProtection,
    rdsEncryptionInTransit,
    rdsFinalSnapshot,
    rdsLogging,
    rdsMultiAz,
    rdsNotPublic,
    rdsStorageEncrypted,
    s3AccessLogging,
    s3KmsEncryption,
    s3PublicAccessBlock,
    s3Replication,
    s3RequireTls,
    s3Versioning,
    secretKms,
    sqsEncryption,
    vpcFlowLogs,
  ],
  kubernetes: [nodeClassImdsv2, nodeClassEbsEncrypted, nodeClassPrivateAddresses],
};
