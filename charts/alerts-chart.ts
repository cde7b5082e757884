import { Chart, Duration } from "cdk8s";
import type { Construct } from "constructs";
import { parseCronSchedule, runsOn } from "../config/cron-schedule";
import { AlertRules } from "../constructs/k8s/alert-rules";
import type { Peer } from "../constructs/k8s/network-allow";
import { platformAlertCatalogue } from "../constructs/k8s/platform-alerts";
import { PodMetricsMonitor } from "../constructs/k8s/pod-metrics-monitor";
import { PostgresExporter } from "../constructs/k8s/postgres-exporter";
import { ServiceMetricsMonitor } from "../constructs/k8s/service-metrics-monitor";
import {
  ARGO_WORKFLOWS,
  type ClusterChartProps,
  DATABASE_CREDENTIALS_SECRET,
  INGRESS_GATEWAY,
  MLFLOW_SERVICE,
  MONITORING,
  NAMESPACES,
  PROMETHEUS_SELECTOR_LABELS,
  RUNBOOKS_URL,
} from "./chart-props";

/** kube-prometheus-stack's Prometheus pods: the only peer allowed to scrape the database probe. */
export const PROMETHEUS_SCRAPER: Peer = {
  namespace: MONITORING.namespace,
  podLabels: MONITORING.prometheusPodLabels,
};

/** The KServe pod label naming a predictor's InferenceService, and the Prometheus label it becomes. */
export const SERVING_POD_LABEL = "serving.kserve.io/inferenceservice";
export const SERVING_METRICS_LABEL = "inferenceservice";

/** KServe's model servers listen on 8080 (HTTP and /metrics); Knative's queue-proxy reports requests here. */
export const MODEL_SERVER_PORT = 8080;
export const QUEUE_PROXY_METRICS_PORT = { name: "http-usermetric", port: 9091 } as const;

/** The CronJob and WorkflowTemplate the other charts define, as the runbooks name them. */
export const BACKUP_CRONJOB = "postgres-backup";
export const TRAINING_TEMPLATE = "ml-training-pipeline";

/**
 * What the alerts need scraped, and the alerts themselves.
 *
 * Rules live next to the workloads they watch (mlflow, mlops, argo), not in `monitoring`: those
 * namespaces are the platform's own (created first by the baseline chart), `kubectl get prometheusrules
 * -n <ns>` shows an operator everything about a workload in one place, and a Prometheus that enforces a
 * namespace label per rule object (multi-tenant setups) still evaluates them, since each rule reads only
 * its own namespace's series. kube-prometheus-stack selects rule objects in every namespace by
 * PROMETHEUS_SELECTOR_LABELS.
 */
export class AlertsChart extends Chart {
  constructor(scope: Construct, id: string, props: ClusterChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    const { environment, contract } = props;

    // MLflow serves prometheus_flask_exporter metrics on its HTTP port. The MLflow and model-serving
    // charts own their pods' network policies, which admit the monitoring namespace on the metrics ports
    // (the alerts tests check that they still do).
    new ServiceMetricsMonitor(this, "mlflow-monitor", {
      name: MLFLOW_SERVICE.name,
      namespace: MLFLOW_SERVICE.namespace,
      serviceLabels: { app: MLFLOW_SERVICE.name },
      portName: MLFLOW_SERVICE.portName,
      path: MLFLOW_SERVICE.metricsPath,
      selectorLabels: PROMETHEUS_SELECTOR_LABELS,
    });

    // The database is managed and outside the cluster: probe it the way MLflow reaches it.
    const exporter = new PostgresExporter(this, "postgres-exporter", {
      namespace: DATABASE_CREDENTIALS_SECRET.namespace,
      credentialsSecret: DATABASE_CREDENTIALS_SECRET,
      databaseCidrs: contract.network.databaseSubnetCidrs,
      databasePort: contract.database.port,
      scraper: PROMETHEUS_SCRAPER,
      monitorSelectorLabels: PROMETHEUS_SELECTOR_LABELS,
    });

    // Every predictor pod, whatever its deployment mode: the model server's latency histograms, and in
    // Knative mode the queue-proxy's request counts by response code.
    new PodMetricsMonitor(this, "serving-monitor", {
      name: "kserve-predictors",
      namespace: NAMESPACES.serving,
      podLabel: SERVING_POD_LABEL,
      targetLabel: SERVING_METRICS_LABEL,
      endpoints: [
        { container: "kserve-container", port: MODEL_SERVER_PORT },
        { portName: QUEUE_PROXY_METRICS_PORT.name },
      ],
      selectorLabels: PROMETHEUS_SELECTOR_LABELS,
    });

    // The training alerts read the Argo Workflows controller's own metrics (port "metrics", 9090; plain
    // HTTP once the chart's controller.metricsConfig is enabled, see the README).
    new PodMetricsMonitor(this, "argo-workflows-monitor", {
      name: "argo-workflows-workflow-controller",
      namespace: ARGO_WORKFLOWS.namespace,
      podLabel: "app",
      podLabelValue: ARGO_WORKFLOWS.controllerPodLabels.app,
      targetLabel: "app",
      endpoints: [{ portName: ARGO_WORKFLOWS.metricsPortName }],
      selectorLabels: PROMETHEUS_SELECTOR_LABELS,
    });

    // Standard-mode models have no request counter of their own: their 5xx answers are counted by the
    // ingress gateway's Envoy.
    new PodMetricsMonitor(this, "gateway-monitor", {
      name: "istio-ingressgateway",
      namespace: INGRESS_GATEWAY.namespace,
      podLabel: "istio",
      podLabelValue: INGRESS_GATEWAY.podLabels.istio,
      targetLabel: "istio",
      endpoints: [{ portName: INGRESS_GATEWAY.metricsPortName, path: INGRESS_GATEWAY.metricsPath }],
      selectorLabels: PROMETHEUS_SELECTOR_LABELS,
    });

    const catalogue = platformAlertCatalogue({
      namespaces: NAMESPACES,
      mlflowJob: MLFLOW_SERVICE.name,
      postgresExporterJob: exporter.jobName,
      backupCronJob: BACKUP_CRONJOB,
      backupMaxAge: backupMaxAge(environment.backups.schedule),
      trainingTemplate: TRAINING_TEMPLATE,
      servingLabel: SERVING_METRICS_LABEL,
      gatewayNamespace: INGRESS_GATEWAY.namespace,
      runbooksUrl: RUNBOOKS_URL,
    });
    for (const ruleSet of catalogue) {
      new AlertRules(this, ruleSet.name, { ...ruleSet, selectorLabels: PROMETHEUS_SELECTOR_LABELS });
    }
  }
}

/**
 * How old the last successful backup may get: the longest gap between two runs of the schedule over a
 * year (so monthly schedules count their long months) plus two hours for the dump itself. The runs are
 * laid out from the expression's fields with plain arithmetic: stepping a cron iterator through a year
 * cost a fifth of the whole synth.
 */
export function backupMaxAge(schedule: string): Duration {
  const parsed = parseCronSchedule(schedule);
  if (!parsed)
    throw new Error(`backupMaxAge: got ${JSON.stringify(schedule)}; expected a cron schedule that runs`);
  const runs: number[] = [];
  for (const day of runsOn(parsed)) for (const time of parsed.times) runs.push(day * 1440 + time);
  let longest = 0;
  for (let index = 1; index < runs.length; index++) {
    longest = Math.max(longest, (runs[index] as number) - (runs[index - 1] as number));
  }
  return Duration.seconds(longest * 60 + 2 * 3600);
}
