import { StorageBucket, type StorageBucketConfig } from "@cdktf/provider-google/lib/storage-bucket";
import type { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import type { ArtifactStore } from "../cloud-platform";

export interface DualRegionPlacement {
  /** The multi-region both regions belong to ("US", "EU", "ASIA"). */
  readonly multiRegion: string;
  /** The two regions that hold every object. */
  readonly regions: readonly [string, string];
  /** Turbo replication: every object in both regions within 15 minutes (paid). @default false */
  readonly turbo?: boolean;
}

export interface GcsArtifactBucketProps {
  readonly bucketName: string;
  /** Single-region location (such as "us-central1"); ignored with `dualRegion`. */
  readonly region: string;
  /** Keep every object in two regions at once (the DR design of the prod tier). @default one region */
  readonly dualRegion?: DualRegionPlacement;
  readonly noncurrentVersionRetentionDays: number;
  readonly abortIncompleteUploadDays: number;
  /** Days a deleted or overwritten object stays restorable (soft delete; 7 to 90). @default 7 */
  readonly softDeleteDays?: number;
  /** Cloud KMS key (id) encrypting new objects. @default Google-managed encryption */
  readonly kmsKeyId?: string;
  /** Refuse any plan that would destroy the bucket. @default false */
  readonly protect?: boolean;
  /** The bucket GCS writes this bucket's usage logs to (same location), under the prefix "<bucketName>/". */
  readonly accessLogBucketName: string;
  readonly labels: Readonly<Record<string, string>>;
  /** @default none */
  readonly dependsOn?: ITerraformDependable[];
}

const DAY_SECONDS = 86_400;

/** Where a bucket keeps its objects: one region, or a configurable dual-region in a multi-region. */
export function bucketPlacement(
  region: string,
  dual: DualRegionPlacement | undefined,
): Pick<StorageBucketConfig, "location" | "customPlacementConfig" | "rpo"> {
  if (!dual) return { location: region.toUpperCase() };
  return {
    location: dual.multiRegion,
    customPlacementConfig: { dataLocations: dual.regions.map((each) => each.toUpperCase()) },
    rpo: dual.turbo ? "ASYNC_TURBO" : "DEFAULT",
  };
}

/**
 * What every bucket of the platform has: its name and placement, uniform bucket-level access, public access
 * prevention enforced, versioning, and soft delete kept `softDeleteDays`.
 */
export function lockedDownBucket(
  name: string,
  region: string,
  dual: DualRegionPlacement | undefined,
  softDeleteDays: number,
): Pick<
  StorageBucketConfig,
  | "name"
  | "location"
  | "customPlacementConfig"
  | "rpo"
  | "storageClass"
  | "uniformBucketLevelAccess"
  | "publicAccessPrevention"
  | "versioning"
  | "softDeletePolicy"
> {
  return {
    name,
    ...bucketPlacement(region, dual),
    storageClass: "STANDARD",
    uniformBucketLevelAccess: true,
    publicAccessPrevention: "enforced",
    versioning: { enabled: true },
    softDeletePolicy: { retentionDurationSeconds: softDeleteDays * DAY_SECONDS },
  };
}

/**
 * The versioned GCS bucket for MLflow artifacts, models and database dumps: uniform bucket-level access,
 * public access prevention enforced, versioning, soft delete, noncurrent versions expiring, stalled
 * multipart uploads aborted, usage logs to a bucket of their own, optional CMEK, and in the prod tier a configurable dual-region over the
 * environment's region and its recovery region, so a regional loss loses no artifact.
 */
export class GcsArtifactBucket extends Construct implements ArtifactStore {
  readonly bucket: StorageBucket;
  readonly bucketName: string;
  readonly uri: string;

  constructor(scope: Construct, id: string, props: GcsArtifactBucketProps) {
    super(scope, id);
    const where = `GcsArtifactBucket ${props.bucketName}`;
    const softDeleteDays = props.softDeleteDays ?? 7;
    if (!Number.isInteger(softDeleteDays) || softDeleteDays < 7 || softDeleteDays > 90) {
      throw new Error(`${where}: softDeleteDays is ${softDeleteDays}; expected an integer from 7 to 90`);
    }
    const dual = props.dualRegion;
    if (dual && dual.regions[0] === dual.regions[1]) {
      throw new Error(
        `${where}: dualRegion.regions are both "${dual.regions[0]}"; expected two different regions`,
      );
    }
    if (props.accessLogBucketName === props.bucketName) {
      throw new Error(
        `${where}: accessLogBucketName is "${props.accessLogBucketName}", the bucket itself; expected a bucket of its own for the usage logs`,
      );
    }
    this.bucket = new StorageBucket(this, "bucket", {
      ...lockedDownBucket(props.bucketName, props.region, dual, softDeleteDays),
      forceDestroy: false,
      lifecycleRule: [
        {
          action: { type: "Delete" },
          condition: { daysSinceNoncurrentTime: props.noncurrentVersionRetentionDays, withState: "ARCHIVED" },
        },
        {
          action: { type: "AbortIncompleteMultipartUpload" },
          condition: { age: props.abortIncompleteUploadDays },
        },
      ],
      logging: { logBucket: props.accessLogBucketName, logObjectPrefix: `${props.bucketName}/` },
      ...(props.kmsKeyId && { encryption: { defaultKmsKeyName: props.kmsKeyId } }),
      labels: { ...props.labels },
      ...(props.protect && { lifecycle: { preventDestroy: true } }),
      ...(props.dependsOn && { dependsOn: props.dependsOn }),
    });
    this.bucketName = props.bucketName;
    this.uri = `gs://${props.bucketName}`;
  }
}
