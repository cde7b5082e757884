import type { Environment } from "../config/environment-spec";
import type { PlatformContract } from "../config/platform-contract";

/** What every chart of an environment receives: the resolved spec and the contract with the cloud layer. */
export interface ClusterChartProps {
  readonly environment: Environment;
  /** Every cloud name a chart uses comes from here; charts never compute one. */
  readonly contract: PlatformContract;
}

/** Namespaces of the platform's workloads (the runbooks look for them here). */
export const NAMESPACES = { mlflow: "mlflow", serving: "mlops", pipelines: "argo" } as const;

/** How workloads reach MLflow inside the cluster (Service `mlflow` in `mlflow`, port 5000, named "http"). */
export const MLFLOW_SERVICE = {
  name: "mlflow",
  namespace: NAMESPACES.mlflow,
  port: 5000,
  portName: "http",
  url: "http://mlflow.mlflow.svc.cluster.local:5000",
  /** Served by `mlflow server --expose-prometheus` on the same port. */
  metricsPath: "/metrics",
} as const;

/** kube-prometheus-stack: its namespace and the labels of its Prometheus pods (the only scraper). */
export const MONITORING = {
  namespace: "monitoring",
  prometheusPodLabels: { "app.kubernetes.io/name": "prometheus" },
} as const;

/** Labels kube-prometheus-stack (release "prometheus", as in the runbooks) selects rules and monitors by. */
export const PROMETHEUS_SELECTOR_LABELS = { release: "prometheus" } as const;

/** Where alerts point operators: the runbooks in this repository, one section per alert. */
export const RUNBOOKS_URL = "https://github.com/mlops-platform/mlops-platform/blob/main/docs/runbooks.md";

/** The Kubernetes Secret (in `mlflow`) that External Secrets fills from the cloud's secret manager. */
export const DATABASE_CREDENTIALS_SECRET = {
  name: "mlflow-db",
  namespace: NAMESPACES.mlflow,
  /** Keys: the cloud secret's fields, plus `uri`, a ready SQLAlchemy URL with TLS required. */
  keys: {
    host: "host",
    port: "port",
    username: "username",
    password: "password",
    database: "dbname",
    uri: "uri",
  },
} as const;

export { GPU_POOL } from "../constructs/k8s/gpu-pool";

/**
 * Argo Workflows' own pods in the `argo` namespace, as the argo-workflows chart (1.0.18, release
 * "argo-workflows") labels them: the runbooks' `-l app=workflow-controller` and
 * `deployment argo-workflows-workflow-controller`. The controller serves metrics on 9090 and argo-server
 * its UI and API on 2746 (argo-workflows v4.0: util/telemetry/exporter_prometheus.go, cmd/argo/commands/server.go).
 */
export const ARGO_WORKFLOWS = {
  namespace: NAMESPACES.pipelines,
  controllerPodLabels: { app: "workflow-controller" },
  serverPodLabels: { app: "server" },
  metricsPort: 9090,
  /** Name of the controller's metrics container port (chart value controller.metricsConfig.portName). */
  metricsPortName: "metrics",
  serverPort: 2746,
} as const;

/**
 * The Istio ingress gateway that KServe routes inference requests through (in both deployment modes), and
 * where its Envoy serves Istio's standard metrics (istio_requests_total) for Prometheus.
 */
export const INGRESS_GATEWAY = {
  /** The gateway chart's release: its pods are labelled `istio: <release without "istio-">`. */
  releaseName: "istio-ingressgateway",
  /** The IngressClass KServe's Standard mode names on the Ingress of each model (ingressClassName). */
  ingressClassName: "istio",
  namespace: "istio-system",
  podLabels: { istio: "ingressgateway" },
  metricsPortName: "http-envoy-prom",
  metricsPath: "/stats/prometheus",
} as const;
