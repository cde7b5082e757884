import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketLifecycleConfiguration } from "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration";
import { S3BucketOwnershipControls } from "@cdktf/provider-aws/lib/s3-bucket-ownership-controls";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";
import { S3BucketReplicationConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-replication-configuration";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { Construct } from "constructs";
import { suppressGuardrail } from "../../guardrails/suppressions";
import type { ArtifactStore } from "../cloud-platform";
import { AccessLogBucket, PLATFORM_BUCKET_NAME } from "./access-log-bucket";
import { EncryptionKey } from "./encryption-key";
import { policyDocument, serviceTrustPolicy } from "./iam-policy";

export interface BucketReplicaProps {
  readonly provider: AwsProvider;
  readonly region: string;
  readonly bucketName: string;
  /** The bucket the replica's access logs go to, in the replica's region. */
  readonly accessLogBucketName: string;
  /**
   * Stop replicating new writes (the rule stays, disabled): after a failover the replica is the recovery
   * environment's own store, and writes from a returning source must not reach it. @default false
   */
  readonly paused?: boolean;
  /**
   * Refuse any plan that would destroy the replica or its key: a recovery environment adopts them as its
   * own artifact store. @default false
   */
  readonly protect?: boolean;
}

export interface ArtifactBucketProps {
  readonly bucketName: string;
  readonly accountId: string;
  readonly region: string;
  /** Days a noncurrent version is kept before it expires. */
  readonly noncurrentVersionRetentionDays: number;
  /** @default 7 */
  readonly abortIncompleteUploadDays?: number;
  /** The bucket the server access logs go to (in the bucket's region), and the days they are kept. */
  readonly accessLogs: { readonly bucketName: string; readonly retentionDays: number };
  /** Refuse any plan that would destroy the access-log buckets. @default false */
  readonly protectAccessLogs?: boolean;
  /** Replicate every object version and delete marker to a versioned bucket in another region. @default no replica */
  readonly replica?: BucketReplicaProps;
}

interface SecuredBucket {
  readonly bucket: S3Bucket;
  readonly key: EncryptionKey;
  readonly versioning: S3BucketVersioningA;
  readonly accessLogs: AccessLogBucket;
}

/**
 * The MLflow artifact bucket: versioned, SSE-KMS with a customer key, every form of public access
 * blocked, ACLs disabled (bucket owner enforced), TLS required, lifecycle for old versions and stalled
 * uploads, server access logs to a log bucket of its own region, and optionally replicated to a bucket in
 * the recovery region that is secured (and logged) the same way.
 */
export class ArtifactBucket extends Construct implements ArtifactStore {
  readonly bucket: S3Bucket;
  readonly key: EncryptionKey;
  readonly bucketName: string;
  readonly uri: string;
  readonly replicaBucket?: S3Bucket;
  readonly accessLogBucket: AccessLogBucket;
  readonly replicaAccessLogBucket?: AccessLogBucket;

  constructor(scope: Construct, id: string, props: ArtifactBucketProps) {
    super(scope, id);
    if (!PLATFORM_BUCKET_NAME.test(props.bucketName)) {
      throw new Error(
        `ArtifactBucket: bucketName is "${props.bucketName}"; expected 3-63 lowercase letters, digits or hyphens`,
      );
    }
    if (props.replica && props.replica.region === props.region) {
      throw new Error(
        `ArtifactBucket ${props.bucketName}: replica.region is "${props.region}", the bucket's own region; expected another region`,
      );
    }
    const lifecycle = {
      noncurrentVersionRetentionDays: props.noncurrentVersionRetentionDays,
      abortIncompleteUploadDays: props.abortIncompleteUploadDays ?? 7,
      accessLogRetentionDays: props.accessLogs.retentionDays,
      protectAccessLogs: props.protectAccessLogs ?? false,
    };
    const primary = this.securedBucket("", {
      ...props,
      ...lifecycle,
      accessLogBucketName: props.accessLogs.bucketName,
    });
    this.bucket = primary.bucket;
    this.key = primary.key;
    this.accessLogBucket = primary.accessLogs;
    this.bucketName = props.bucketName;
    this.uri = `s3://${props.bucketName}`;

    if (props.replica) {
      const replica = this.securedBucket("replica-", {
        bucketName: props.replica.bucketName,
        accountId: props.accountId,
        region: props.replica.region,
        provider: props.replica.provider,
        protect: props.replica.protect ?? false,
        accessLogBucketName: props.replica.accessLogBucketName,
        ...lifecycle,
      });
      this.replicaBucket = replica.bucket;
      this.replicaAccessLogBucket = replica.accessLogs;
      suppressGuardrail(
        replica.bucket,
        "CKV_AWS_144",
        "it is the cross-region copy itself (in the recovery region), which the recovery environment adopts as its store",
      );
      this.replicate(primary, replica, props);
    }
  }

  private securedBucket(
    idPrefix: string,
    props: {
      bucketName: string;
      accountId: string;
      region: string;
      provider?: AwsProvider;
      protect?: boolean;
      noncurrentVersionRetentionDays: number;
      abortIncompleteUploadDays: number;
      accessLogBucketName: string;
      accessLogRetentionDays: number;
      protectAccessLogs: boolean;
    },
  ): SecuredBucket {
    const provider = props.provider && { provider: props.provider };
    const key = new EncryptionKey(this, `${idPrefix}key`, {
      alias: `${props.bucketName}`,
      description: `Encrypts objects in s3://${props.bucketName}`,
      accountId: props.accountId,
      region: props.region,
      preventDestroy: props.protect ?? false,
      ...provider,
    });
    const bucket = new S3Bucket(this, `${idPrefix}bucket`, {
      bucket: props.bucketName,
      forceDestroy: false,
      ...(props.protect && { lifecycle: { preventDestroy: true } }),
      ...provider,
    });
    new S3BucketOwnershipControls(this, `${idPrefix}ownership`, {
      bucket: bucket.id,
      rule: { objectOwnership: "BucketOwnerEnforced" },
      ...provider,
    });
    new S3BucketPublicAccessBlock(this, `${idPrefix}public-access-block`, {
      bucket: bucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
      ...provider,
    });
    const versioning = new S3BucketVersioningA(this, `${idPrefix}versioning`, {
      bucket: bucket.id,
      versioningConfiguration: { status: "Enabled" },
      ...provider,
    });
    new S3BucketServerSideEncryptionConfigurationA(this, `${idPrefix}encryption`, {
      bucket: bucket.id,
      rule: [
        {
          applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn },
          bucketKeyEnabled: true,
        },
      ],
      ...provider,
    });
    new S3BucketPolicy(this, `${idPrefix}policy`, {
      bucket: bucket.id,
      policy: policyDocument([
        {
          Sid: "DenyInsecureTransport",
          Effect: "Deny",
          Principal: "*",
          Action: "s3:*",
          Resource: [bucket.arn, `${bucket.arn}/*`],
          Condition: { Bool: { "aws:SecureTransport": false } },
        },
      ]),
      ...provider,
    });
    new S3BucketLifecycleConfiguration(this, `${idPrefix}lifecycle`, {
      bucket: bucket.id,
      rule: [
        {
          id: "expire-noncurrent-versions",
          status: "Enabled",
          filter: [{ prefix: "" }],
          noncurrentVersionExpiration: [{ noncurrentDays: props.noncurrentVersionRetentionDays }],
          expiration: [{ expiredObjectDeleteMarker: true }],
        },
        {
          id: "abort-incomplete-uploads",
          status: "Enabled",
          filter: [{ prefix: "" }],
          abortIncompleteMultipartUpload: [{ daysAfterInitiation: props.abortIncompleteUploadDays }],
        },
      ],
      dependsOn: [versioning],
      ...provider,
    });
    const accessLogs = new AccessLogBucket(this, `${idPrefix}access-logs`, {
      bucketName: props.accessLogBucketName,
      accountId: props.accountId,
      source: bucket,
      sourceBucketName: props.bucketName,
      retentionDays: props.accessLogRetentionDays,
      protect: props.protectAccessLogs,
      ...provider,
    });
    return { bucket, key, versioning, accessLogs };
  }

  private replicate(source: SecuredBucket, replica: SecuredBucket, props: ArtifactBucketProps): void {
    const role = new IamRole(this, "replication-role", {
      name: checkedReplicationRoleName(props.bucketName),
      assumeRolePolicy: serviceTrustPolicy("s3.amazonaws.com"),
    });
    new IamRolePolicy(this, "replication-policy", {
      name: "replicate-artifacts",
      role: role.id,
      policy: policyDocument([
        {
          Sid: "ReadSourceConfiguration",
          Effect: "Allow",
          Action: ["s3:GetReplicationConfiguration", "s3:ListBucket"],
          Resource: source.bucket.arn,
        },
        {
          Sid: "ReadSourceVersions",
          Effect: "Allow",
          Action: [
            "s3:GetObjectVersionForReplication",
            "s3:GetObjectVersionAcl",
            "s3:GetObjectVersionTagging",
          ],
          Resource: `${source.bucket.arn}/*`,
        },
        {
          Sid: "WriteReplica",
          Effect: "Allow",
          Action: ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"],
          Resource: `${replica.bucket.arn}/*`,
        },
        { Sid: "DecryptSource", Effect: "Allow", Action: "kms:Decrypt", Resource: source.key.arn },
        {
          Sid: "EncryptReplica",
          Effect: "Allow",
          Action: ["kms:Encrypt", "kms:GenerateDataKey"],
          Resource: replica.key.arn,
        },
      ]),
    });
    new S3BucketReplicationConfigurationA(this, "replication", {
      bucket: source.bucket.id,
      role: role.arn,
      rule: [
        {
          id: "replicate-everything",
          status: props.replica?.paused ? "Disabled" : "Enabled",
          priority: 1,
          filter: { prefix: "" },
          deleteMarkerReplication: { status: "Enabled" },
          sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: "Enabled" } },
          destination: {
            bucket: replica.bucket.arn,
            storageClass: "STANDARD",
            encryptionConfiguration: { replicaKmsKeyId: replica.key.arn },
          },
        },
      ],
      dependsOn: [source.versioning, replica.versioning],
    });
  }
}

/** The IAM role S3 replicates a bucket's objects as. */
export function replicationRoleName(bucketName: string): string {
  return `${bucketName}-replication`;
}

/** IAM role names stop at 64 characters; a truncated name could collide with another, so refuse instead. */
function checkedReplicationRoleName(bucketName: string): string {
  const name = replicationRoleName(bucketName);
  if (name.length > 64) {
    throw new Error(
      `ArtifactBucket ${bucketName}: bucketName is ${bucketName.length} characters; expected at most 52 when the bucket is replicated (its replication role is named "<bucketName>-replication", at most 64)`,
    );
  }
  return name;
}
