import { Duration } from "cdk8s";
import type { AlertRule } from "./alert-rules";
import { goDuration } from "./go-duration";

/**
 * The platform's alert catalogue, as data: every alert of the runbooks with its expression, threshold,
 * duration, severity and runbook section. The alerts chart turns it into PrometheusRules; the tests check
 * it against the runbooks' thresholds and docs/runbooks.md. Names, namespaces and metric sources come in
 * through `PlatformAlertTargets`, nothing here reads the configuration.
 *
 * Metric sources (all real, all scraped by the platform or by kube-prometheus-stack):
 * - model serving: KServe's model servers (`request_predict_seconds`, a histogram per model: KServe v0.20
 *   exports no request or error counter) in both deployment modes; for error rates, Knative's queue-proxy
 *   (Knative 1.21 speaks OpenTelemetry: `http_server_request_duration_seconds_count` with
 *   `http_response_status_code`, once config-observability sets `request-metrics-protocol: prometheus`)
 *   for Knative-mode models, and the Istio ingress gateway (`istio_requests_total`, reporter "source", by
 *   destination Service `<model>-predictor`) for Standard-mode models; kube-state-metrics for the
 *   predictor Deployments;
 * - MLflow: its --expose-prometheus exporter (`mlflow_http_request_total`, labels method and status) and
 *   the scrape's own `up`;
 * - PostgreSQL: `pg_up` of the platform's postgres_exporter;
 * - backups: kube-state-metrics Job and CronJob state;
 * - training: the Argo Workflows controller (`argo_workflows_total_count`,
 *   `argo_workflows_workflowtemplate_triggered_total`);
 * - resources: cAdvisor usage against kube-state-metrics limits, and container restarts.
 */

export interface PlatformAlertTargets {
  readonly namespaces: { readonly mlflow: string; readonly serving: string; readonly pipelines: string };
  /** `job` label of MLflow's series (its Service's name). */
  readonly mlflowJob: string;
  /** `job` label of the postgres_exporter's series. */
  readonly postgresExporterJob: string;
  /** The CronJob that dumps the database. */
  readonly backupCronJob: string;
  /** Age of the last successful backup beyond which backups are considered stalled. */
  readonly backupMaxAge: Duration;
  /** The WorkflowTemplate scheduled retraining runs. */
  readonly trainingTemplate: string;
  /** Prometheus label holding the InferenceService name on serving series. */
  readonly servingLabel: string;
  /** Namespace of the ingress gateway whose Envoy counts Standard-mode requests (istio_requests_total). */
  readonly gatewayNamespace: string;
  /** Base URL of docs/runbooks.md; alerts link to `<url>#<anchor>`. */
  readonly runbooksUrl: string;
}

/** A catalogue alert: a rule plus the runbook section (heading anchor) it points at. */
export interface PlatformAlert extends AlertRule {
  readonly anchor: string;
}

/** One PrometheusRule: the alerts that live in one namespace, next to the workloads they watch. */
export interface PlatformAlertRuleSet {
  readonly name: string;
  readonly namespace: string;
  readonly groups: readonly { readonly name: string; readonly rules: readonly PlatformAlert[] }[];
}

/** Removes the common indentation of a multi-line expression, so the YAML reads like hand-written PromQL. */
function promql(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce(
    (out, part, index) => out + part + (index < values.length ? String(values[index]) : ""),
    "",
  );
  const lines = text.replace(/^\n/, "").trimEnd().split("\n");
  const indent = Math.min(...lines.filter((line) => line.trim() !== "").map((line) => line.search(/\S/)));
  return lines.map((line) => line.slice(indent)).join("\n");
}

/**
 * What a counter counted over `window`, including series that first appeared inside it: increase() needs
 * two samples, so it never sees the first count of a new series (such as the first failure after the
 * Argo controller restarts).
 */
function countedOver(selector: string, window: string): string {
  return [
    "  # series older than the window: increase(); series born inside it: their whole count",
    `    (increase(${selector}[${window}]) and ${selector} offset ${window})`,
    "  or",
    `    (${selector} unless ${selector} offset ${window})`,
  ].join("\n");
}

/**
 * The catalogue for one set of names: one rule set per platform namespace, each with the alerts of what
 * runs there plus the resource alerts scoped to that namespace.
 */
export function platformAlertCatalogue(targets: PlatformAlertTargets): PlatformAlertRuleSet[] {
  const { mlflow, serving, pipelines } = targets.namespaces;
  const isvc = targets.servingLabel;
  const alert = (rule: Omit<PlatformAlert, "runbookUrl">): PlatformAlert => ({
    ...rule,
    runbookUrl: `${targets.runbooksUrl}#${rule.anchor}`,
  });

  const predictLatencyP95 = promql`
    histogram_quantile(0.95,
      sum by (namespace, ${isvc}, le) (rate(request_predict_seconds_bucket{namespace="${serving}"}[5m]))
    )`;
  // Knative mode: the queue-proxy in front of every predictor pod. Standard mode: the ingress gateway, by
  // the predictor Service it routes to (`<model>-predictor`), relabelled to the model's name.
  const queueProxyRequests = (codes: string) =>
    `http_server_request_duration_seconds_count{namespace="${serving}"${codes}}`;
  const gatewayRequests = (codes: string) =>
    `istio_requests_total{namespace="${targets.gatewayNamespace}", reporter="source", destination_service_namespace="${serving}", destination_service_name=~".+-predictor"${codes}}`;
  const fiveHundreds = (label: string) => `, ${label}=~"5.."`;
  // Parenthesized as a whole: a comparison after it binds tighter than `or`.
  const servingErrorRatio = promql`
    (
      (
        sum by (namespace, ${isvc}) (rate(${queueProxyRequests(fiveHundreds("http_response_status_code"))}[5m]))
          /
        sum by (namespace, ${isvc}) (rate(${queueProxyRequests("")}[5m]))
      )
      or
      sum by (namespace, ${isvc}) (
        label_replace(
          label_replace(
            sum by (destination_service_namespace, destination_service_name) (rate(${gatewayRequests(fiveHundreds("response_code"))}[5m]))
              /
            sum by (destination_service_namespace, destination_service_name) (rate(${gatewayRequests("")}[5m])),
            "${isvc}", "$1", "destination_service_name", "(.+)-predictor"
          ),
          "namespace", "$1", "destination_service_namespace", "(.+)"
        )
      )
    )`;
  const latencyDescription = (limit: string) =>
    `95% of predictions of {{ $labels.${isvc} }} take up to {{ $value | humanizeDuration }}, above ${limit}. Measured inside the model server (request_predict_seconds).`;

  const servingAlerts: PlatformAlert[] = [
    alert({
      alert: "HighErrorRate",
      anchor: "high-error-rate",
      severity: "critical",
      for: Duration.minutes(5),
      expr: `${servingErrorRatio}\n  > 0.05`,
      summary: `Model {{ $labels.${isvc} }} answers more than 5% of requests with a 5xx error`,
      description:
        "{{ $value | humanizePercentage }} of the requests to {{ $labels." +
        isvc +
        " }} failed with a 5xx status over the last 5 minutes (queue-proxy counts in Knative mode, ingress gateway counts in Standard mode).",
    }),
    alert({
      alert: "ServingErrorRateSLOBreach",
      anchor: "serving-error-rate-slo-breach",
      severity: "warning",
      for: Duration.minutes(5),
      expr: `${servingErrorRatio}\n  > 0.01`,
      summary: `Model {{ $labels.${isvc} }} is outside its error budget (more than 1% 5xx)`,
      description:
        "{{ $value | humanizePercentage }} of the requests to {{ $labels." +
        isvc +
        " }} failed over the last 5 minutes; the serving objective is under 1%.",
    }),
    alert({
      alert: "SlowAPIResponse",
      anchor: "slow-api-response",
      severity: "warning",
      for: Duration.minutes(5),
      expr: `${predictLatencyP95} > 2`,
      summary: `Model {{ $labels.${isvc} }} answers slowly (p95 above 2 s)`,
      description: latencyDescription("2 seconds"),
    }),
    alert({
      alert: "ServingLatencySLOBreach",
      anchor: "serving-latency-slo-breach",
      severity: "warning",
      for: Duration.minutes(5),
      expr: `${predictLatencyP95} > 0.2`,
      summary: `Model {{ $labels.${isvc} }} misses its latency objective (p95 above 200 ms)`,
      description: latencyDescription("the 200 ms objective"),
    }),
    alert({
      alert: "InferenceLatencyHigh",
      anchor: "inference-latency-high",
      severity: "warning",
      for: Duration.minutes(10),
      expr: `${predictLatencyP95} > 0.5`,
      summary: `Model {{ $labels.${isvc} }} p95 latency above 500 ms for 10 minutes`,
      description: latencyDescription("500 ms"),
    }),
    alert({
      alert: "InferenceLatencyVeryHigh",
      anchor: "inference-latency-very-high",
      severity: "warning",
      for: Duration.minutes(5),
      expr: `${predictLatencyP95} > 1`,
      summary: `Model {{ $labels.${isvc} }} p95 latency above 1 s`,
      description: latencyDescription("1 second"),
    }),
    alert({
      alert: "APIPodDown",
      anchor: "api-pod-down",
      severity: "critical",
      for: Duration.minutes(2),
      // Either a predictor that should run has no available replica, or a running predictor pod cannot
      // be reached. Knative revisions scaled to zero want no replica and do not count.
      expr: promql`
        (
          label_replace(
            kube_deployment_status_replicas_available{namespace="${serving}", deployment=~".+-predictor.*"} == 0,
            "${isvc}", "$1", "deployment", "(.+)-predictor.*"
          )
          and on (namespace, deployment)
          kube_deployment_spec_replicas{namespace="${serving}"} > 0
        )
        or
        max by (namespace, ${isvc}, pod) (up{namespace="${serving}", ${isvc}!=""}) == 0`,
      summary: `Model {{ $labels.${isvc} }} is down or unreachable`,
      description:
        "{{ if $labels.pod }}Pod {{ $labels.pod }} of {{ $labels." +
        isvc +
        " }} has not answered a scrape for 2 minutes.{{ else }}{{ $labels.deployment }} has had no available replica for 2 minutes: the model serves nothing.{{ end }}",
    }),
  ];

  const mlflowUp = `up{namespace="${mlflow}", job="${targets.mlflowJob}"}`;
  const exporterUp = `up{namespace="${mlflow}", job="${targets.postgresExporterJob}"}`;
  const backupJobs = `namespace="${mlflow}", job_name=~"${targets.backupCronJob}-.+"`;
  const backupCronJob = `namespace="${mlflow}", cronjob="${targets.backupCronJob}"`;
  const backupMaxAgeSeconds = targets.backupMaxAge.toSeconds();

  const mlflowAlerts: PlatformAlert[] = [
    alert({
      alert: "MLflowServerDown",
      anchor: "mlflow-server-down",
      severity: "critical",
      for: Duration.minutes(5),
      // Down: every MLflow target fails its scrape, or there is no target at all (no ready pod).
      expr: promql`
        max by (namespace, job) (${mlflowUp}) == 0
        or
        absent(${mlflowUp})`,
      summary: "MLflow tracking server is unreachable",
      description:
        "No MLflow replica in namespace {{ $labels.namespace }} has answered on /metrics for 5 minutes: experiment tracking and the model registry are down.",
    }),
    alert({
      alert: "MLflowHighErrorRate",
      anchor: "mlflow-high-error-rate",
      severity: "warning",
      for: Duration.minutes(5),
      expr: promql`
        sum by (namespace) (rate(mlflow_http_request_total{namespace="${mlflow}", job="${targets.mlflowJob}", status=~"5.."}[5m]))
          /
        sum by (namespace) (rate(mlflow_http_request_total{namespace="${mlflow}", job="${targets.mlflowJob}"}[5m]))
          > 0.05`,
      summary: "MLflow answers more than 5% of requests with a 5xx error",
      description:
        "{{ $value | humanizePercentage }} of MLflow's requests failed over the last 5 minutes; training runs may fail to log.",
    }),
    alert({
      alert: "PostgreSQLDown",
      anchor: "postgresql-down",
      severity: "critical",
      for: Duration.minutes(2),
      expr: `max by (namespace, job) (pg_up{namespace="${mlflow}", job="${targets.postgresExporterJob}"}) == 0`,
      summary: "MLflow's PostgreSQL database cannot be reached",
      description:
        "postgres_exporter in {{ $labels.namespace }} has failed to connect to the MLflow database with MLflow's own credentials for 2 minutes.",
    }),
    alert({
      alert: "PostgresExporterDown",
      anchor: "postgres-exporter-down",
      severity: "warning",
      for: Duration.minutes(10),
      expr: promql`
        max by (namespace, job) (${exporterUp}) == 0
        or
        absent(${exporterUp})`,
      summary: "The database probe (postgres_exporter) is not being scraped",
      description:
        "Without the exporter PostgreSQLDown cannot fire: the database's health is unknown until it is back.",
    }),
    alert({
      alert: "BackupJobFailed",
      anchor: "backup-job-failed",
      severity: "critical",
      // A backup Job that ended Failed and started after the last successful backup: the alert clears
      // on its own once a later backup succeeds.
      expr: promql`
        (
          max by (namespace, job_name) (kube_job_status_start_time{${backupJobs}})
          and on (namespace, job_name)
          (max by (namespace, job_name) (kube_job_failed{${backupJobs}, condition="true"}) == 1)
        )
        > on (namespace) group_left ()
        (
          max by (namespace) (kube_cronjob_status_last_successful_time{${backupCronJob}})
          or
          label_replace(vector(0), "namespace", "${mlflow}", "", "")
        )`,
      summary: "Database backup {{ $labels.job_name }} failed",
      description:
        "The backup Job {{ $labels.job_name }} in {{ $labels.namespace }} failed and no backup has succeeded since it started.",
    }),
    alert({
      alert: "BackupTooOld",
      anchor: "backup-too-old",
      severity: "warning",
      // Age of the last success, or of the CronJob itself when nothing ever succeeded.
      expr: promql`
        time() - (
          max by (namespace, cronjob) (kube_cronjob_status_last_successful_time{${backupCronJob}})
          or
          max by (namespace, cronjob) (kube_cronjob_created{${backupCronJob}})
        ) > ${backupMaxAgeSeconds}`,
      summary: `No successful database backup for more than ${goDuration(targets.backupMaxAge, "backupMaxAge")}`,
      description:
        "The last successful run of {{ $labels.cronjob }} finished {{ $value | humanizeDuration }} ago: the schedule has been missed or the CronJob is suspended.",
    }),
  ];

  const workflows = `argo_workflows_total_count{namespace="${pipelines}", phase=~"Failed|Error"}`;
  const templateRuns = `argo_workflows_workflowtemplate_triggered_total{namespace="${pipelines}", name="${targets.trainingTemplate}", phase=~"Failed|Error"}`;
  const trainingAlerts: PlatformAlert[] = [
    alert({
      alert: "TrainingJobFailures",
      anchor: "training-job-failures",
      severity: "critical",
      // increase() extrapolates over the window: compare against the midpoint so 5 failures never fire
      // and 6 always do, however scrapes and evaluations line up.
      expr: `sum by (namespace) (\n${countedOver(workflows, "1h")}\n) > 5.5`,
      summary: "More than 5 training workflows failed in the last hour",
      description:
        "{{ $value }} workflows in {{ $labels.namespace }} ended Failed or Error over the last hour.",
    }),
    alert({
      alert: "TrainingPipelineFailed",
      anchor: "training-pipeline-failed",
      severity: "warning",
      expr: `sum by (namespace, name) (\n${countedOver(templateRuns, "1h")}\n) > 0`,
      summary: "A run of {{ $labels.name }} failed",
      description:
        "{{ $value | humanize }} run(s) of the WorkflowTemplate {{ $labels.name }} ended Failed or Error in the last hour; retraining did not produce a model.",
    }),
  ];

  const resourceAlerts = (namespace: string): PlatformAlert[] => [
    alert({
      alert: "HighCPUUsage",
      anchor: "high-cpu-usage",
      severity: "warning",
      for: Duration.minutes(10),
      expr: promql`
        sum by (namespace, pod, container) (rate(container_cpu_usage_seconds_total{namespace="${namespace}", container!=""}[5m]))
          /
        sum by (namespace, pod, container) (kube_pod_container_resource_limits{namespace="${namespace}", resource="cpu"})
          > 0.8`,
      summary: "{{ $labels.pod }}/{{ $labels.container }} uses more than 80% of its CPU limit",
      description:
        "Container {{ $labels.container }} of {{ $labels.pod }} ({{ $labels.namespace }}) has used {{ $value | humanizePercentage }} of its CPU limit for 10 minutes; it is or soon will be throttled.",
    }),
    alert({
      alert: "HighMemoryUsage",
      anchor: "high-memory-usage",
      severity: "warning",
      for: Duration.minutes(10),
      expr: promql`
        sum by (namespace, pod, container) (container_memory_working_set_bytes{namespace="${namespace}", container!=""})
          /
        sum by (namespace, pod, container) (kube_pod_container_resource_limits{namespace="${namespace}", resource="memory"})
          > 0.85`,
      summary: "{{ $labels.pod }}/{{ $labels.container }} uses more than 85% of its memory limit",
      description:
        "Container {{ $labels.container }} of {{ $labels.pod }} ({{ $labels.namespace }}) has used {{ $value | humanizePercentage }} of its memory limit for 10 minutes; at 100% it is OOM-killed.",
    }),
    alert({
      alert: "PodRestartLoop",
      anchor: "pod-restart-loop",
      severity: "warning",
      for: Duration.minutes(5),
      // Three restarts in 15 minutes: a crash loop in steady state (back-off capped at 5 minutes). The
      // midpoint threshold absorbs increase()'s extrapolation: 2 restarts never fire, 3 always do.
      expr: promql`
        max by (namespace, pod, container) (increase(kube_pod_container_status_restarts_total{namespace="${namespace}"}[15m]))
          > 2.5`,
      summary: "{{ $labels.pod }}/{{ $labels.container }} keeps restarting",
      description:
        "Container {{ $labels.container }} of {{ $labels.pod }} ({{ $labels.namespace }}) restarted {{ $value | humanize }} times in 15 minutes.",
    }),
  ];

  return [
    {
      name: "model-serving-alerts",
      namespace: serving,
      groups: [
        { name: "model-serving", rules: servingAlerts },
        { name: `${serving}-resources`, rules: resourceAlerts(serving) },
      ],
    },
    {
      name: "mlflow-alerts",
      namespace: mlflow,
      groups: [
        { name: "mlflow", rules: mlflowAlerts },
        { name: `${mlflow}-resources`, rules: resourceAlerts(mlflow) },
      ],
    },
    {
      name: "training-alerts",
      namespace: pipelines,
      groups: [
        { name: "training", rules: trainingAlerts },
        { name: `${pipelines}-resources`, rules: resourceAlerts(pipelines) },
      ],
    },
  ];
}
