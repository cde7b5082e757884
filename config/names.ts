/**
 * The cloud names the platform derives from an environment's name, each spelled once: the contract builds
 * from them, and each cloud checks the ones it creates against its limits.
 */

/** Prefix of every cloud resource name of an environment: `mlops-platform-<env>`. */
export function namePrefix(environment: string): string {
  return `mlops-platform-${environment}`;
}

/** The environment's own artifact bucket: `mlops-platform-<env>-mlflow-artifacts`. */
export function artifactBucketName(environment: string): string {
  return `${namePrefix(environment)}-mlflow-artifacts`;
}

/** The replica of an environment's artifact bucket in its recovery region. */
export function replicaBucketName(environment: string, recoveryRegion: string): string {
  return `${artifactBucketName(environment)}-${recoveryRegion}`;
}

/**
 * The bucket an environment's artifact bucket writes its access logs to: `mlops-platform-<env>-access-logs`;
 * with `region`, the one in that region (S3 delivers a bucket's logs only to a bucket in its own region).
 */
export function accessLogBucketName(environment: string, region?: string): string {
  const name = `${namePrefix(environment)}-access-logs`;
  return region === undefined ? name : `${name}-${region}`;
}

/** The MLflow database instance: `mlops-platform-<env>-mlflow`. */
export function databaseInstanceId(environment: string): string {
  return `${namePrefix(environment)}-mlflow`;
}

/** The platform's own workloads: where each runs and the suffix of its cloud identity's name. */
export const PLATFORM_WORKLOADS = {
  mlflow: { namespace: "mlflow", serviceAccount: "mlflow", suffix: "mlflow" },
  backup: { namespace: "mlflow", serviceAccount: "backup-sa", suffix: "backup" },
  training: { namespace: "argo", serviceAccount: "ml-training", suffix: "training" },
  /** Velero, which backs up the platform's namespaces (its chart's server, in its own namespace). */
  velero: { namespace: "velero", serviceAccount: "velero", suffix: "velero" },
} as const;

/** The cloud identity of a platform workload: `mlops-platform-<env>-<suffix>`. */
export function workloadIdentityName(environment: string, workload: keyof typeof PLATFORM_WORKLOADS): string {
  return `${namePrefix(environment)}-${PLATFORM_WORKLOADS[workload].suffix}`;
}

/** The cloud identity of a served model: `mlops-platform-<env>-model-<model>`. */
export function modelIdentityName(environment: string, model: string): string {
  return `${namePrefix(environment)}-model-${model}`;
}
