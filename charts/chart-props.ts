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

/** Labels kube-prometheus-stack (release "prometheus", as in the runbooks) selects rules and monitors by. */
export const PROMETHEUS_SELECTOR_LABELS = { release: "prometheus" } as const;

/** Where alerts point operators: the runbooks in this repository, one section per alert. */
export const RUNBOOKS_URL = "https://github.com/mlops-platform/mlops-platform/blob/main/docs/runbooks.md";
