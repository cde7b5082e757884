import { StorageBucket } from "@cdktf/provider-google/lib/storage-bucket";
import { StorageBucketIamMember } from "@cdktf/provider-google/lib/storage-bucket-iam-member";
import type { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { MAX_ACCESS_LOG_RETENTION_DAYS } from "../../config/environment-spec";
import { type DualRegionPlacement, lockedDownBucket } from "./gcs-artifact-bucket";

/** The group GCS writes usage and storage logs as. */
export const STORAGE_ANALYTICS_WRITER = "group:cloud-storage-analytics@google.com";
/** Creates objects, and nothing more: it can neither read nor overwrite a log. */
const OBJECT_CREATOR = "roles/storage.objectCreator";
/** GCS's own soft-delete default, the least the GCP pack allows. */
const SOFT_DELETE_DAYS = 7;
/** A log object deleted or expired stays restorable this long as a noncurrent version. */
const NONCURRENT_LOG_DAYS = 7;

export interface GcsAccessLogBucketProps {
  readonly bucketName: string;
  /** The same placement as the bucket whose usage logs it receives (GCS requires the same location). */
  readonly region: string;
  /** @default one region */
  readonly dualRegion?: DualRegionPlacement;
  /** Days a log object is kept before it is deleted (1 to 3650). */
  readonly retentionDays: number;
  /** Cloud KMS key (id) encrypting new log objects. @default Google-managed encryption */
  readonly kmsKeyId?: string;
  /** Deletion protection: refuse any plan that would destroy the bucket; without it, destroy empties it. @default false */
  readonly protect?: boolean;
  readonly labels: Readonly<Record<string, string>>;
  /** @default none */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * The bucket GCS writes an artifact bucket's usage and storage logs to: uniform bucket-level access,
 * public access prevention enforced, versioned with soft delete, logs deleted after the retention, and
 * object creation (only) granted to the analytics group GCS delivers the logs as.
 */
export class GcsAccessLogBucket extends Construct {
  readonly bucket: StorageBucket;
  readonly bucketName: string;

  constructor(scope: Construct, id: string, props: GcsAccessLogBucketProps) {
    super(scope, id);
    const days = props.retentionDays;
    if (!Number.isInteger(days) || days < 1 || days > MAX_ACCESS_LOG_RETENTION_DAYS) {
      throw new Error(
        `GcsAccessLogBucket ${props.bucketName}: retentionDays is ${days}; expected an integer from 1 to ${MAX_ACCESS_LOG_RETENTION_DAYS}`,
      );
    }
    const protect = props.protect ?? false;
    // Turbo replication is for the artifacts; logs take the default RPO.
    const dual = props.dualRegion && { ...props.dualRegion, turbo: false };
    this.bucket = new StorageBucket(this, "bucket", {
      ...lockedDownBucket(props.bucketName, props.region, dual, SOFT_DELETE_DAYS),
      forceDestroy: !protect,
      lifecycleRule: [
        { action: { type: "Delete" }, condition: { age: days, withState: "LIVE" } },
        {
          action: { type: "Delete" },
          condition: { daysSinceNoncurrentTime: NONCURRENT_LOG_DAYS, withState: "ARCHIVED" },
        },
      ],
      ...(props.kmsKeyId && { encryption: { defaultKmsKeyName: props.kmsKeyId } }),
      labels: { ...props.labels },
      ...(protect && { lifecycle: { preventDestroy: true } }),
      ...(props.dependsOn && { dependsOn: props.dependsOn }),
    });
    new StorageBucketIamMember(this, "analytics-writer", {
      bucket: this.bucket.name,
      role: OBJECT_CREATOR,
      member: STORAGE_ANALYTICS_WRITER,
    });
    this.bucketName = props.bucketName;
  }
}
