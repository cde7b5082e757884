import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketLifecycleConfiguration } from "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration";
import { S3BucketLoggingA } from "@cdktf/provider-aws/lib/s3-bucket-logging";
import { S3BucketOwnershipControls } from "@cdktf/provider-aws/lib/s3-bucket-ownership-controls";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { Construct } from "constructs";
import { MAX_ACCESS_LOG_RETENTION_DAYS } from "../../config/environment-spec";
import { suppressGuardrail } from "../../guardrails/suppressions";
import { policyDocument } from "./iam-policy";

/** The platform's own S3 bucket names: 3-63 lowercase letters, digits or hyphens (no dots). */
export const PLATFORM_BUCKET_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
/** A log object deleted or expired stays restorable this long as a noncurrent version. */
const NONCURRENT_LOG_DAYS = 7;

export interface AccessLogBucketProps {
  readonly bucketName: string;
  readonly accountId: string;
  /** The bucket whose server access logs this bucket receives; it gets the logging configuration. */
  readonly source: S3Bucket;
  /** The source bucket's name: the prefix its log objects are written under ("<name>/"). */
  readonly sourceBucketName: string;
  /** Days a log object is kept before it expires (1 to 3650). */
  readonly retentionDays: number;
  /** The provider of the source bucket's region (S3 logs only to a bucket in the source's region). @default the stack's */
  readonly provider?: AwsProvider;
  /**
   * Deletion protection: refuse any plan that would destroy the bucket. Without it the bucket is emptied
   * on destroy (force_destroy), as S3 keeps delivering logs until the source's logging is gone.
   * @default false
   */
  readonly protect?: boolean;
}

/**
 * The bucket a bucket's S3 server access logs go to, and the logging configuration on that source: SSE-S3
 * (S3 does not deliver server access logs to a bucket whose default encryption is SSE-KMS), every form of
 * public access blocked, ACLs disabled, versioned, TLS required, writable only by S3's logging service on
 * behalf of the source bucket in this account, logs expiring after the retention.
 */
export class AccessLogBucket extends Construct {
  readonly bucket: S3Bucket;
  readonly bucketName: string;
  /** Where the source's log objects start: "<source bucket>/". */
  readonly logPrefix: string;

  constructor(scope: Construct, id: string, props: AccessLogBucketProps) {
    super(scope, id);
    if (!PLATFORM_BUCKET_NAME.test(props.bucketName)) {
      throw new Error(
        `AccessLogBucket: bucketName is "${props.bucketName}"; expected 3-63 lowercase letters, digits or hyphens`,
      );
    }
    const days = props.retentionDays;
    if (!Number.isInteger(days) || days < 1 || days > MAX_ACCESS_LOG_RETENTION_DAYS) {
      throw new Error(
        `AccessLogBucket ${props.bucketName}: retentionDays is ${days}; expected an integer from 1 to ${MAX_ACCESS_LOG_RETENTION_DAYS}`,
      );
    }
    const provider = props.provider && { provider: props.provider };
    const protect = props.protect ?? false;
    this.bucketName = props.bucketName;
    this.logPrefix = `${props.sourceBucketName}/`;

    this.bucket = new S3Bucket(this, "bucket", {
      bucket: props.bucketName,
      forceDestroy: !protect,
      ...(protect && { lifecycle: { preventDestroy: true } }),
      ...provider,
    });
    suppressGuardrail(
      this.bucket,
      "CKV_AWS_145",
      "S3 delivers server access logs only to a bucket encrypted by default with SSE-S3, not SSE-KMS",
    );
    suppressGuardrail(
      this.bucket,
      "CKV_AWS_144",
      "it holds the request logs of a bucket in its own region; the recovery region's bucket logs to a log bucket there",
    );
    new S3BucketOwnershipControls(this, "ownership", {
      bucket: this.bucket.id,
      rule: { objectOwnership: "BucketOwnerEnforced" },
      ...provider,
    });
    new S3BucketPublicAccessBlock(this, "public-access-block", {
      bucket: this.bucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
      ...provider,
    });
    const versioning = new S3BucketVersioningA(this, "versioning", {
      bucket: this.bucket.id,
      versioningConfiguration: { status: "Enabled" },
      ...provider,
    });
    new S3BucketServerSideEncryptionConfigurationA(this, "encryption", {
      bucket: this.bucket.id,
      rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
      ...provider,
    });
    const policy = new S3BucketPolicy(this, "policy", {
      bucket: this.bucket.id,
      // The Allow first: S3 evaluates every statement alike, and the emulator reads only up to the first
      // statement granting the logging service.
      policy: policyDocument([
        {
          Sid: "AllowServerAccessLogDelivery",
          Effect: "Allow",
          Principal: { Service: "logging.s3.amazonaws.com" },
          Action: "s3:PutObject",
          Resource: `${this.bucket.arn}/${this.logPrefix}*`,
          Condition: {
            ArnLike: { "aws:SourceArn": props.source.arn },
            StringEquals: { "aws:SourceAccount": props.accountId },
          },
        },
        {
          Sid: "DenyInsecureTransport",
          Effect: "Deny",
          Principal: "*",
          Action: "s3:*",
          Resource: [this.bucket.arn, `${this.bucket.arn}/*`],
          Condition: { Bool: { "aws:SecureTransport": false } },
        },
      ]),
      ...provider,
    });
    new S3BucketLifecycleConfiguration(this, "lifecycle", {
      bucket: this.bucket.id,
      rule: [
        {
          id: "expire-access-logs",
          status: "Enabled",
          filter: [{ prefix: "" }],
          expiration: [{ days }],
          noncurrentVersionExpiration: [{ noncurrentDays: NONCURRENT_LOG_DAYS }],
        },
        {
          // An expired log leaves a delete marker over its noncurrent version; once that version is gone,
          // the marker is removed too (S3 takes this in a rule of its own, without days).
          id: "remove-expired-delete-markers",
          status: "Enabled",
          filter: [{ prefix: "" }],
          expiration: [{ expiredObjectDeleteMarker: true }],
        },
      ],
      dependsOn: [versioning],
      ...provider,
    });
    // S3 checks the target's policy when logging is turned on.
    new S3BucketLoggingA(this, "logging", {
      bucket: props.source.id,
      targetBucket: this.bucket.id,
      targetPrefix: this.logPrefix,
      dependsOn: [policy],
      ...provider,
    });
  }
}
