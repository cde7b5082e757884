import * as kplus from "cdk8s-plus-28";

/**
 * What every workload of the platform shares: pinned images, labels, and the security settings of the
 * Pod Security Standards "restricted" profile. One place, so a hardening change reaches every pod.
 */

/** Pinned images. Override per environment only by changing them here, in one reviewed place. */
export const IMAGES = {
  /** MLflow with its extras (psycopg2 for PostgreSQL, boto3 for S3): the plain image has neither. */
  mlflow: "ghcr.io/mlflow/mlflow:v2.22.1-full",
  /** pg_dump/pg_restore matching the database's major version (16). */
  postgres: "postgres:16.8-alpine3.21",
  awsCli: "amazon/aws-cli:2.27.50",
  /** Exposes the managed database's reachability (pg_up) to Prometheus. */
  postgresExporter: "quay.io/prometheuscommunity/postgres-exporter:v0.17.1",
  /**
   * The training pipeline's template steps need mlflow, pandas, scikit-learn and boto3, which the MLflow
   * image carries. Teams replace it (and the steps) with their own training image, CUDA included for GPUs.
   */
  training: "ghcr.io/mlflow/mlflow:v2.22.1-full",
} as const;

/** Non-root uid/gid every platform container runs as (images that need their own user override it). */
export const PLATFORM_UID = 10001;

/** Labels on every object: `app` is what the runbooks select on. */
export function appLabels(app: string, component?: string): Record<string, string> {
  return {
    app,
    "app.kubernetes.io/name": app,
    ...(component && { "app.kubernetes.io/component": component }),
    "app.kubernetes.io/part-of": "mlops-platform",
    "app.kubernetes.io/managed-by": "cdk8s",
  };
}

/** Container security for cdk8s-plus containers: restricted profile, read-only root, nothing extra. */
export const RESTRICTED_CONTAINER: kplus.ContainerSecurityContextProps = {
  ensureNonRoot: true,
  user: PLATFORM_UID,
  group: PLATFORM_UID,
  readOnlyRootFilesystem: true,
  allowPrivilegeEscalation: false,
  privileged: false,
  capabilities: { drop: [kplus.Capability.ALL] },
  seccompProfile: { type: kplus.SeccompProfileType.RUNTIME_DEFAULT },
};

/** The same settings as plain Kubernetes JSON, for pods inside custom resources (KServe, Argo). */
export function restrictedContainerSecurityContext(uid = PLATFORM_UID): Record<string, unknown> {
  return {
    runAsNonRoot: true,
    runAsUser: uid,
    runAsGroup: uid,
    readOnlyRootFilesystem: true,
    allowPrivilegeEscalation: false,
    privileged: false,
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
  };
}

export function restrictedPodSecurityContext(uid = PLATFORM_UID): Record<string, unknown> {
  return {
    runAsNonRoot: true,
    runAsUser: uid,
    runAsGroup: uid,
    fsGroup: uid,
    seccompProfile: { type: "RuntimeDefault" },
  };
}
