/**
 * The environment model: what a platform engineer writes (EnvironmentSpec) and what the platform builds
 * from (Environment, every default applied and every value validated).
 */

import type { DeploymentTarget } from "./deployment-target";

export const CLOUDS = ["aws", "azure", "gcp"] as const;
export type CloudName = (typeof CLOUDS)[number];

export const TIERS = ["dev", "prod"] as const;

/** Ten years: the longest the platform keeps a bucket's access logs (artifacts.accessLogRetentionDays). */
export const MAX_ACCESS_LOG_RETENTION_DAYS = 3650;

/** Most availability zones an environment spreads over; each cloud's network layout has room for that many. */
export const MAX_ZONES = 3;
/** A tier picks the defaults: sizes, replicas, high availability, deletion protection, replication. */
export type Tier = (typeof TIERS)[number];

export const CAPACITY_TYPES = ["on-demand", "spot"] as const;
export type CapacityType = (typeof CAPACITY_TYPES)[number];

export type NatGatewayLayout = "single" | "per-az";

/**
 * The state backends of each cloud by kind, beside the local file every cloud accepts. Each cloud's folder
 * adds its own (constructs/aws/aws-spec.ts adds `s3`) by augmenting this interface.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each cloud's module augmentation
export interface CloudStateBackends {}

/** Where Terraform keeps the environment's state: a local file, or one of the clouds' shared backends. */
export type StateBackendSpec = { readonly kind: "local" } | CloudStateBackends[keyof CloudStateBackends];

/**
 * Each cloud's own settings on a resolved environment, under the cloud's name (its spec block with every
 * default applied). Each cloud's folder adds its entry (constructs/aws/aws-spec.ts adds `aws`) by
 * augmenting this interface, so adding a cloud changes no file here.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each cloud's module augmentation
export interface CloudSettings {}

export interface NetworkSpec {
  /** IPv4 range of the VPC/VNet, /16 to /20. Must not overlap any other environment. */
  readonly vpcCidr: string;
  /** Range for Kubernetes Service IPs; must not overlap the VPC. @default "172.20.0.0/16" */
  readonly serviceCidr?: string;
  /** Number of availability zones. @default 2 (dev tier), 3 (prod tier) */
  readonly availabilityZoneCount?: number;
  /** One NAT gateway for the VPC, or one per zone. @default "single" (dev), "per-az" (prod) */
  readonly natGateways?: NatGatewayLayout;
}

/** The system node group's size; its machine types are the cloud's (for AWS: aws.systemNodeInstanceTypes). */
export interface NodeGroupSpec {
  readonly minSize: number;
  readonly desiredSize: number;
  readonly maxSize: number;
  readonly diskSizeGiB: number;
}

export interface ClusterSpec {
  /**
   * Kubernetes minor version, within the window of the cloud's managed service (its entry's
   * `kubernetes`). @default the cloud's default version
   */
  readonly version: string;
  /**
   * CIDRs allowed to reach the API server over the internet. Empty keeps the endpoint private.
   * @default [] (private endpoint only)
   */
  readonly publicAccessCidrs: readonly string[];
  /** The managed node group for system workloads (controllers, MLflow). @default per tier */
  readonly systemNodes: NodeGroupSpec;
  /** Retention of control-plane logs. @default 30 (dev), 365 (prod) */
  readonly logRetentionDays: number;
}

export interface GpuPoolSpec {
  /** Purchase options. @default ["spot", "on-demand"] (dev), ["on-demand"] (prod) */
  readonly capacityTypes: readonly CapacityType[];
  /** Upper bound on GPUs in the pool; 0 means the environment has no GPU pool. @default 4 (dev), 16 (prod) */
  readonly maxGpus: number;
  /** Upper bound on vCPUs in the GPU pool. @default 64 (dev), 512 (prod) */
  readonly maxCpu: number;
}

export interface DatabaseSpec {
  /**
   * PostgreSQL major version (one of SUPPORTED_POSTGRES_MAJORS). Only the major is pinned: the cloud
   * applies minor upgrades itself, and a pinned minor would make the next plan try a downgrade.
   * @default "16"
   */
  readonly engineVersion: string;
  readonly allocatedStorageGiB: number;
  /** Storage autoscaling ceiling. */
  readonly maxAllocatedStorageGiB: number;
  /** Automated backup retention, 7 to 35 days. @default 7 (dev), 14 (prod) */
  readonly backupRetentionDays: number;
  /** @default false (dev), true (prod) */
  readonly multiAz: boolean;
  /** @default false (dev), true (prod) */
  readonly deletionProtection: boolean;
  /** Take a final snapshot when the instance is destroyed. @default false (dev), true (prod) */
  readonly finalSnapshot: boolean;
  /** Replicate automated backups to the recovery region. @default false (dev), true (prod) */
  readonly replicateBackups: boolean;
  /** Raise by one to draw a new password and set it on the next deploy. @default 1 */
  readonly passwordVersion: number;
}

export interface MlflowSpec {
  /** Replicas at rest; 2 or more spreads them over zones and nodes. @default 1 (dev), 2 (prod) */
  readonly replicas: number;
  /** Ceiling of the autoscaler (when replicated). @default 2 (dev), 6 (prod) */
  readonly maxReplicas: number;
  /** Per replica. @default { cpu: "250m", memory: "512Mi" } (dev), { cpu: "500m", memory: "1Gi" } (prod) */
  readonly resources: { readonly cpu: string; readonly memory: string };
}

export interface ArtifactStoreSpec {
  /** Days a noncurrent object version is kept. @default 30 (dev), 90 (prod) */
  readonly noncurrentVersionRetentionDays: number;
  /** Days before an incomplete multipart upload is aborted. @default 7 */
  readonly abortIncompleteUploadDays: number;
  /** Replicate the bucket to a versioned bucket in the recovery region. @default false (dev), true (prod) */
  readonly replicateToRecoveryRegion: boolean;
  /**
   * Days the bucket's access logs (S3 server access logs, GCS usage logs) are kept in the environment's
   * access-log bucket before they expire; 1 to 3650. @default 30 (dev), 365 (prod)
   */
  readonly accessLogRetentionDays: number;
}

/** Model formats KServe serves with its built-in runtimes. */
export const MODEL_FORMATS = [
  "sklearn",
  "xgboost",
  "lightgbm",
  "pytorch",
  "tensorflow",
  "onnx",
  "huggingface",
  "triton",
] as const;
export type ModelFormat = (typeof MODEL_FORMATS)[number];

/**
 * Formats the `ml-training-pipeline` template can produce, in the file its KServe runtime loads: scikit-learn
 * models as `model.joblib` (KServe's sklearn server reads .joblib/.pkl/.pickle). Its image (the MLflow
 * image) carries scikit-learn but not xgboost, so an xgboost model cannot be retrained by the template.
 */
export const TRAINABLE_FORMATS = ["sklearn"] as const satisfies readonly ModelFormat[];

/**
 * KServe deployment modes. "Standard" (formerly RawDeployment) runs a Deployment and an HPA named
 * `<model>-predictor`; "Knative" (formerly Serverless) adds revisions, canary traffic and scale to zero.
 */
export const SERVING_MODES = ["Standard", "Knative"] as const;
export type ServingMode = (typeof SERVING_MODES)[number];

/** One model the environment serves with KServe, in the `mlops` namespace. */
export interface ModelSpec {
  /** Name of the InferenceService: a Kubernetes name of 1-24 characters. */
  readonly name: string;
  readonly format: ModelFormat;
  /** Key prefix of the model under the bucket's `models/` prefix. @default the model's name */
  readonly path?: string;
  /** @default 1 */
  readonly minReplicas?: number;
  /** @default 3 */
  readonly maxReplicas?: number;
  /** A critical model keeps at least one replica warm: it never scales to zero. @default false */
  readonly critical?: boolean;
  /** CPU and memory requested per replica; the limits are twice the request. @default { cpu: "500m", memory: "1Gi" } */
  readonly resources?: { readonly cpu: string; readonly memory: string };
  /** NVIDIA GPUs per replica, scheduled on the GPU pool. @default 0 */
  readonly gpus?: number;
  /** @default "Standard" */
  readonly deploymentMode?: ServingMode;
  /** Share of traffic sent to the newest revision; "Knative" mode only. @default no canary */
  readonly canaryTrafficPercent?: number;
}

export interface ResolvedModel {
  readonly name: string;
  readonly format: ModelFormat;
  readonly path: string;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  readonly critical: boolean;
  readonly resources: { readonly cpu: string; readonly memory: string };
  readonly gpus: number;
  readonly deploymentMode: ServingMode;
  readonly canaryTrafficPercent?: number;
}

export interface BackupSpec {
  /** When the `postgres-backup` CronJob dumps the MLflow database (cron, UTC). @default "17 2 * * *" */
  readonly schedule: string;
  /** Days a dump (and a Velero backup of the platform's namespaces) is kept; the newest dump is always kept. @default 14 (dev), 30 (prod) */
  readonly retentionDays: number;
  /** When Velero backs up the `mlops`, `mlflow` and `argo` namespaces (cron, UTC). @default "47 2 * * *" */
  readonly clusterSchedule: string;
}

export interface TrainingSpec {
  /** Run `ml-training-pipeline` on this schedule (cron, UTC). @default no scheduled retraining */
  readonly retrainSchedule?: string;
  /** Model the scheduled run retrains; must be one of `models`. Required with retrainSchedule. @default none */
  readonly retrainModel?: string;
  /** Dataset the scheduled run trains on. Required with retrainSchedule. @default none */
  readonly retrainDatasetUrl?: string;
}

/** The GitOps repository the environment's cluster layer is committed to and ArgoCD syncs from. */
export interface GitOpsSpec {
  /** @default DEFAULT_GITOPS_REPOSITORY (config/tier-defaults.ts) */
  readonly repositoryUrl: string;
  /** Branch, tag or commit ArgoCD follows. @default "main" */
  readonly revision: string;
  /** Folder holding this environment's manifests. @default `dist/<env>` */
  readonly path: string;
}

/**
 * What a platform engineer writes for one environment: the type is derived from the schema
 * (spec-schema.ts). Everything not given comes from the tier; the sections are:
 * - `name`: 2-18 lowercase letters, digits and hyphens; names the cdktf stack and every cloud resource.
 * - `cloud`, `region`, `recoveryRegion` (holds replicated backups; where the environment is rebuilt after
 *   a regional failure), `tier`, and the cloud's own block: its account and its sizes in the cloud's
 *   vocabulary (AWS: `aws: { accountId, systemNodeInstanceTypes?, gpuInstanceFamilies?,
 *   databaseInstanceClass?, nodeImageRelease? }`, see AwsSettings in constructs/aws/aws-spec.ts).
 * - `restores` (@default undefined, a primary environment): makes this a recovery environment of the named
 *   one. Its region must be that environment's recovery region; its database is restored from that
 *   environment's replicated backups and its artifact store is that environment's replica bucket.
 * - `failedOverTo` (@default undefined, running normally): set on a primary whose recovery environment
 *   has taken over. Its artifacts stop replicating into the bucket the recovery environment now writes,
 *   and its own writers stop (MLflow scaled to zero, backups and scheduled retraining suspended), so a
 *   region that comes back cannot overwrite what the recovery environment has written.
 * - `network` (NetworkSpec), and optional `cluster`, `gpu`, `database`, `artifacts`, `mlflow`, `backups`
 *   (each @default the tier's, field by field), `models` (@default []), `training` (@default no scheduled
 *   retraining), `gitops` (@default DEFAULT_GITOPS_REPOSITORY, "main", `dist/<env>`), `stateBackend`
 *   (@default { kind: "local" }), `tags` (extra tags on every cloud resource, @default {}), `guardrails`
 *   (`suppressions`: environment-wide exceptions to the guardrails, each a rule id and a reason; @default none).
 */
export type { EnvironmentSpec } from "./spec-schema";

/** An environment with every default applied and every value validated. */
export interface Environment extends Partial<CloudSettings> {
  readonly name: string;
  readonly cloud: CloudName;
  readonly region: string;
  readonly recoveryRegion: string;
  readonly tier: Tier;
  readonly restores?: string;
  readonly failedOverTo?: string;
  readonly network: {
    readonly vpcCidr: string;
    readonly serviceCidr: string;
    readonly availabilityZones: readonly string[];
    readonly natGateways: NatGatewayLayout;
  };
  readonly cluster: ClusterSpec;
  readonly gpu: GpuPoolSpec;
  readonly database: DatabaseSpec;
  readonly artifacts: ArtifactStoreSpec;
  readonly models: readonly ResolvedModel[];
  readonly mlflow: MlflowSpec;
  readonly backups: BackupSpec;
  readonly training: TrainingSpec;
  readonly gitops: GitOpsSpec;
  readonly stateBackend: StateBackendSpec;
  readonly tags: Readonly<Record<string, string>>;
  /**
   * Environment-wide exceptions to the guardrails: a rule id of the cloud's or the Kubernetes pack and why
   * it does not apply here (listed in every report). @default [] (every rule applies)
   */
  readonly guardrailSuppressions: readonly { readonly rule: string; readonly reason: string }[];
  /**
   * Where the stack deploys. Chosen when synthesizing (see loadEnvironments), never in a spec.
   * @default undefined (the environment's cloud)
   */
  readonly target?: DeploymentTarget;
}
