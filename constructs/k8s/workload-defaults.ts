import type { PostgresMajor } from "../../config/tier-defaults";

/**
 * What every workload of the platform shares: pinned images, labels, and the security settings of the
 * Pod Security Standards "restricted" profile. One place, so a hardening change reaches every pod.
 */

/**
 * Pinned images, each checked against its upstream source (docs/versions.md says where and what to
 * re-check on upgrade). Override per environment only by changing them here, in one reviewed place.
 */
export const IMAGES = {
  /**
   * MLflow 3 with its extras (`mlflow[extras,db,azure,...]`: the PostgreSQL driver, boto3, the GCS and
   * Azure clients, prometheus-flask-exporter for --expose-prometheus). The plain image has none of them,
   * and the `-full` variant exists from v3.9.0 on.
   */
  mlflow: "ghcr.io/mlflow/mlflow:v3.10.1-full",
  /** pg_isready, pg_dump and pg_restore of each PostgreSQL major the platform runs: the client follows the server. */
  postgres: {
    "15": "postgres:15.19-alpine3.24",
    "16": "postgres:16.15-alpine3.24",
    "17": "postgres:17.11-alpine3.24",
  } satisfies Record<PostgresMajor, string>,
  awsCli: "amazon/aws-cli:2.36.7",
  /**
   * gcloud (and `gcloud storage`): the GCS adapter of the backup jobs. Google deletes these tags a year
   * after their release (588.0.0: 2026-10-06), so this pin must move within the year (docs/versions.md).
   */
  googleCloudCli: "gcr.io/google.com/cloudsdktool/google-cloud-cli:588.0.0-stable",
  /** The az CLI, for the backup jobs on Azure (Blob Storage with the pod's workload identity). */
  azureCli: "mcr.microsoft.com/azure-cli:2.76.0",
  /** Exposes the managed database's reachability (pg_up) to Prometheus. */
  postgresExporter: "quay.io/prometheuscommunity/postgres-exporter:v0.20.1",
  /**
   * The training pipeline's template steps need mlflow, pandas, scikit-learn and boto3, which the MLflow
   * image carries (xgboost it does not: see TRAINABLE_FORMATS). Teams replace it (and the steps) with their
   * own training image, CUDA included for GPUs.
   */
  training: "ghcr.io/mlflow/mlflow:v3.10.1-full",
} as const;

/** The pinned PostgreSQL client image of a database's major version. */
export function postgresClientImage(major: string): string {
  const image = (IMAGES.postgres as Readonly<Record<string, string>>)[major];
  if (image === undefined) {
    throw new Error(
      `postgresClientImage: major is "${major}"; expected one with a pinned image: ${Object.keys(IMAGES.postgres).join(", ")}`,
    );
  }
  return image;
}

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
