import type {
  ArtifactStoreSpec,
  BackupSpec,
  ClusterSpec,
  DatabaseSpec,
  GpuPoolSpec,
  MlflowSpec,
  NatGatewayLayout,
  Tier,
} from "./environment-spec";

/** Days before the end of standard support from which `npm run synth` reminds to upgrade. */
export const KUBERNETES_UPGRADE_REMINDER_DAYS = 90;

/**
 * PostgreSQL majors the platform runs, each with a pinned client image of the same major (IMAGES.postgres
 * in constructs/k8s/workload-defaults.ts): pg_dump refuses a server newer than itself.
 */
export const SUPPORTED_POSTGRES_MAJORS = ["15", "16", "17"] as const;
export type PostgresMajor = (typeof SUPPORTED_POSTGRES_MAJORS)[number];

export interface TierDefaults {
  readonly availabilityZoneCount: number;
  readonly natGateways: NatGatewayLayout;
  readonly cluster: Omit<ClusterSpec, "version" | "publicAccessCidrs">;
  readonly gpu: GpuPoolSpec;
  readonly database: DatabaseSpec;
  readonly artifacts: ArtifactStoreSpec;
  readonly backups: BackupSpec;
  readonly mlflow: MlflowSpec;
}

/** The single place where tier defaults live. An environment overrides only what differs. */
export const TIER_DEFAULTS: Readonly<Record<Tier, TierDefaults>> = {
  dev: {
    availabilityZoneCount: 2,
    natGateways: "single",
    cluster: {
      systemNodes: { minSize: 2, desiredSize: 2, maxSize: 4, diskSizeGiB: 50 },
      logRetentionDays: 30,
    },
    gpu: { capacityTypes: ["spot", "on-demand"], maxGpus: 4, maxCpu: 64 },
    database: {
      engineVersion: "16",
      allocatedStorageGiB: 20,
      maxAllocatedStorageGiB: 100,
      backupRetentionDays: 7,
      multiAz: false,
      deletionProtection: false,
      finalSnapshot: false,
      replicateBackups: false,
      passwordVersion: 1,
    },
    artifacts: {
      noncurrentVersionRetentionDays: 30,
      abortIncompleteUploadDays: 7,
      replicateToRecoveryRegion: false,
      accessLogRetentionDays: 30,
    },
    backups: { schedule: "17 2 * * *", retentionDays: 14, clusterSchedule: "47 2 * * *" },
    mlflow: { replicas: 1, maxReplicas: 2, resources: { cpu: "250m", memory: "512Mi" } },
  },
  prod: {
    availabilityZoneCount: 3,
    natGateways: "per-az",
    cluster: {
      systemNodes: {
        minSize: 3,
        desiredSize: 3,
        maxSize: 6,
        diskSizeGiB: 100,
      },
      logRetentionDays: 365,
    },
    gpu: { capacityTypes: ["on-demand"], maxGpus: 16, maxCpu: 512 },
    database: {
      engineVersion: "16",
      allocatedStorageGiB: 100,
      maxAllocatedStorageGiB: 500,
      backupRetentionDays: 14,
      multiAz: true,
      deletionProtection: true,
      finalSnapshot: true,
      replicateBackups: true,
      passwordVersion: 1,
    },
    artifacts: {
      noncurrentVersionRetentionDays: 90,
      abortIncompleteUploadDays: 7,
      replicateToRecoveryRegion: true,
      accessLogRetentionDays: 365,
    },
    backups: { schedule: "17 2 * * *", retentionDays: 30, clusterSchedule: "47 2 * * *" },
    mlflow: { replicas: 2, maxReplicas: 6, resources: { cpu: "500m", memory: "1Gi" } },
  },
};

export const DEFAULT_SERVICE_CIDR = "172.20.0.0/16";

/** Defaults of a model to serve, whatever the tier. */
export const MODEL_DEFAULTS = {
  minReplicas: 1,
  maxReplicas: 3,
  critical: false,
  resources: { cpu: "500m", memory: "1Gi" },
  gpus: 0,
  deploymentMode: "Standard",
} as const;

/** Where `npm run synth` output is committed for ArgoCD; set your organisation's repository here. */
export const DEFAULT_GITOPS_REPOSITORY = "https://github.com/mlops-platform/mlops-platform.git";
