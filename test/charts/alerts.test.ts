import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Duration, Testing } from "cdk8s";
import { backupMaxAge, PROMETHEUS_SCRAPER } from "../../charts/alerts-chart";
import {
  DATABASE_CREDENTIALS_SECRET,
  MLFLOW_SERVICE,
  PROMETHEUS_SELECTOR_LABELS,
  RUNBOOKS_URL,
} from "../../charts/chart-props";
import { loadEnvironments, type PlatformEnvironment } from "../../config";
import { type AlertRule, AlertRules, type AlertRulesProps } from "../../constructs/k8s/alert-rules";
import { platformAlertCatalogue } from "../../constructs/k8s/platform-alerts";
import { PodMetricsMonitor, type PodMetricsMonitorProps } from "../../constructs/k8s/pod-metrics-monitor";
import { PostgresExporter, type PostgresExporterProps } from "../../constructs/k8s/postgres-exporter";
import {
  ServiceMetricsMonitor,
  type ServiceMetricsMonitorProps,
} from "../../constructs/k8s/service-metrics-monitor";
import { type ClusterLayer, clusterLayer, type Manifest } from "../support/cluster-layer";
import { validateManifests } from "../support/k8s-schema";

const ENVIRONMENTS = ["dev", "staging", "prod", "prod-dr"] as const;
const PLATFORM_NAMESPACES = ["mlflow", "mlops", "argo"];

/**
 * The runbooks' alerts, as the runbooks state them: severity, how long the condition must hold, the
 * comparison that ends the expression, where the rule lives, and the metrics it must read.
 */
const RUNBOOK_ALERTS: readonly {
  alert: string;
  severity: string;
  for: string | undefined;
  threshold: RegExp;
  namespace: string;
  reads: readonly string[];
}[] = [
  // Runbook "API" alerts, mapped to model serving (KServe predictors in mlops).
  {
    alert: "HighErrorRate",
    severity: "critical",
    for: "5m",
    threshold: /\n\s*> 0\.05$/,
    namespace: "mlops",
    // Knative mode: the queue-proxy's OpenTelemetry request counts; Standard mode: the ingress gateway's.
    reads: [
      'http_server_request_duration_seconds_count{namespace="mlops", http_response_status_code=~"5.."}',
      'istio_requests_total{namespace="istio-system", reporter="source", destination_service_namespace="mlops", destination_service_name=~".+-predictor", response_code=~"5.."}',
    ],
  },
  {
    alert: "SlowAPIResponse",
    severity: "warning",
    for: "5m",
    threshold: /\) > 2$/,
    namespace: "mlops",
    reads: ["histogram_quantile(0.95,", "request_predict_seconds_bucket"],
  },
  {
    alert: "APIPodDown",
    severity: "critical",
    for: "2m",
    threshold: /== 0$/,
    namespace: "mlops",
    reads: ["kube_deployment_status_replicas_available", "kube_deployment_spec_replicas", "up{"],
  },
  // Serving objectives (latency under 200 ms at p95, errors under 1%).
  {
    alert: "ServingLatencySLOBreach",
    severity: "warning",
    for: "5m",
    threshold: /\) > 0\.2$/,
    namespace: "mlops",
    reads: ["histogram_quantile(0.95,", "request_predict_seconds_bucket"],
  },
  {
    alert: "ServingErrorRateSLOBreach",
    severity: "warning",
    for: "5m",
    threshold: /\n\s*> 0\.01$/,
    namespace: "mlops",
    // Knative mode: the queue-proxy's OpenTelemetry request counts; Standard mode: the ingress gateway's.
    reads: [
      'http_server_request_duration_seconds_count{namespace="mlops", http_response_status_code=~"5.."}',
      'istio_requests_total{namespace="istio-system", reporter="source", destination_service_namespace="mlops", destination_service_name=~".+-predictor", response_code=~"5.."}',
    ],
  },
  // Inference latency: p95 above 500 ms (target) and above 1000 ms.
  {
    alert: "InferenceLatencyHigh",
    severity: "warning",
    for: "10m",
    threshold: /\) > 0\.5$/,
    namespace: "mlops",
    reads: ["histogram_quantile(0.95,", "request_predict_seconds_bucket"],
  },
  {
    alert: "InferenceLatencyVeryHigh",
    severity: "warning",
    for: "5m",
    threshold: /\) > 1$/,
    namespace: "mlops",
    reads: ["histogram_quantile(0.95,", "request_predict_seconds_bucket"],
  },
  {
    alert: "MLflowServerDown",
    severity: "critical",
    for: "5m",
    threshold: /== 0\nor\nabsent\(up\{namespace="mlflow", job="mlflow"\}\)$/,
    namespace: "mlflow",
    reads: ['up{namespace="mlflow", job="mlflow"}'],
  },
  {
    alert: "PostgreSQLDown",
    severity: "critical",
    for: "2m",
    threshold: /== 0$/,
    namespace: "mlflow",
    reads: ['pg_up{namespace="mlflow", job="postgres-exporter"}'],
  },
  {
    alert: "BackupJobFailed",
    severity: "critical",
    for: undefined,
    threshold: /\)$/,
    namespace: "mlflow",
    reads: [
      'kube_job_failed{namespace="mlflow", job_name=~"postgres-backup-.+", condition="true"}',
      'kube_cronjob_status_last_successful_time{namespace="mlflow", cronjob="postgres-backup"}',
    ],
  },
  {
    alert: "TrainingJobFailures",
    severity: "critical",
    for: undefined,
    threshold: /\) > 5\.5$/,
    namespace: "argo",
    reads: ['argo_workflows_total_count{namespace="argo", phase=~"Failed|Error"}', "[1h]"],
  },
  // The platform's own additions: blind spots of the alerts above.
  {
    alert: "MLflowHighErrorRate",
    severity: "warning",
    for: "5m",
    threshold: /\n\s*> 0\.05$/,
    namespace: "mlflow",
    reads: ['mlflow_http_request_total{namespace="mlflow", job="mlflow", status=~"5.."}'],
  },
  {
    alert: "PostgresExporterDown",
    severity: "warning",
    for: "10m",
    threshold: /\)$/,
    namespace: "mlflow",
    reads: ['up{namespace="mlflow", job="postgres-exporter"}', "absent("],
  },
  {
    alert: "BackupTooOld",
    severity: "warning",
    for: undefined,
    threshold: /\) > 93600$/,
    namespace: "mlflow",
    reads: ["kube_cronjob_status_last_successful_time", "kube_cronjob_created"],
  },
  {
    alert: "TrainingPipelineFailed",
    severity: "warning",
    for: undefined,
    threshold: /\) > 0$/,
    namespace: "argo",
    reads: ['argo_workflows_workflowtemplate_triggered_total{namespace="argo", name="ml-training-pipeline"'],
  },
];

/** Resource alerts: one copy per platform namespace, each reading only its own namespace. */
const RESOURCE_ALERTS = [
  {
    alert: "HighCPUUsage",
    severity: "warning",
    for: "10m",
    threshold: /\n\s*> 0\.8$/,
    reads: ["container_cpu_usage_seconds_total", 'resource="cpu"', "kube_pod_container_resource_limits"],
  },
  {
    alert: "HighMemoryUsage",
    severity: "warning",
    for: "10m",
    threshold: /\n\s*> 0\.85$/,
    reads: ["container_memory_working_set_bytes", 'resource="memory"', "kube_pod_container_resource_limits"],
  },
  {
    alert: "PodRestartLoop",
    severity: "warning",
    for: "5m",
    threshold: /\n\s*> 2\.5$/,
    reads: ["increase(kube_pod_container_status_restarts_total", "[15m]"],
  },
] as const;

interface SynthesizedRule {
  readonly namespace: string;
  readonly ruleObject: string;
  readonly group: string;
  readonly rule: Manifest;
}

function rulesOf(layer: ClusterLayer): SynthesizedRule[] {
  return layer.ofKind("PrometheusRule").flatMap((object) =>
    object.spec.groups.flatMap((group: Manifest) =>
      group.rules.map((rule: Manifest) => ({
        namespace: object.metadata.namespace,
        ruleObject: object.metadata.name,
        group: group.name,
        rule,
      })),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------
// docs/runbooks.md, read as GitHub renders it
// ---------------------------------------------------------------------------------------------------------

const RUNBOOKS = readFileSync(join(__dirname, "..", "..", "docs", "runbooks.md"), "utf8");

/** GitHub's heading anchors: lower case, punctuation dropped, spaces turned into hyphens. */
function githubAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** Sections of the runbooks by anchor: the heading's text down to the next heading (code blocks skipped). */
function runbookSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  let inFence = false;
  let current: { anchor: string; lines: string[] } | undefined;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) inFence = !inFence;
    const heading = inFence ? null : /^#{1,6}\s+(.+)$/.exec(line);
    if (heading) {
      if (current) sections.set(current.anchor, current.lines.join("\n"));
      const anchor = githubAnchor(heading[1] as string);
      if (sections.has(anchor)) throw new Error(`docs/runbooks.md: two headings make the anchor #${anchor}`);
      current = { anchor, lines: [] };
    } else {
      current?.lines.push(line);
    }
  }
  if (current) sections.set(current.anchor, current.lines.join("\n"));
  return sections;
}

const SECTIONS = runbookSections(RUNBOOKS);

describe("docs/runbooks.md", () => {
  test("has the sections an operator needs besides the alerts", () => {
    for (const anchor of [
      "how-alerting-is-wired",
      "severity-levels",
      "alert-index",
      "restoring-the-mlflow-database",
      "gpu-capacity-karpenter",
      "disaster-recovery",
    ]) {
      expect([anchor, SECTIONS.has(anchor)]).toEqual([anchor, true]);
    }
  });

  test("every link inside the page points at a heading of the page", () => {
    const links = [...RUNBOOKS.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((anchor) => !SECTIONS.has(anchor as string))).toEqual([]);
  });

  test("uses the platform's names, not those of the runbooks it was written from", () => {
    for (const foreign of [
      /-n mlops-platform(\s|$)/m,
      /churn-api/,
      /(app=|deployment\/|svc\/|deployment )mlflow-server\b/,
      /-n ml-platform\b/,
    ]) {
      expect([String(foreign), foreign.test(RUNBOOKS)]).toEqual([String(foreign), false]);
    }
  });

  test("the restore procedure scales MLflow to zero first and uses the suspended restore CronJob", () => {
    const restore = SECTIONS.get("restoring-the-mlflow-database") as string;
    const scaleDown = restore.indexOf("kubectl scale deployment mlflow -n mlflow --replicas=0");
    const restoreJob = restore.indexOf("kubectl create job --from=cronjob/postgres-restore");
    expect(scaleDown).toBeGreaterThan(-1);
    expect(restoreJob).toBeGreaterThan(scaleDown);
    expect(restore).toContain("kubectl create configmap postgres-restore-request -n mlflow");
    expect(restore).toContain("--from-literal=RESTORE_KEY=");
  });

  test("disaster recovery deploys prod-dr and names where the data comes from", () => {
    const recovery = SECTIONS.get("disaster-recovery") as string;
    expect(recovery).toContain("npx cdktf deploy prod-dr");
    expect(recovery).toContain("mlops-platform-prod-mlflow-artifacts-us-west-2");
    expect(recovery).toContain("replicated automated backups");
  });

  test("the training sections submit the platform's WorkflowTemplate with its parameters", () => {
    expect(RUNBOOKS).toMatch(
      /argo submit -n argo --from workflowtemplate\/ml-training-pipeline \\\n\s+-p dataset-url=\S+ \\\n\s+-p model-name=\S+/,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// The alerts chart
// ---------------------------------------------------------------------------------------------------------

describe.each(ENVIRONMENTS)("alerts of %s", (name) => {
  const layer = clusterLayer(name);
  const manifests = layer.chart("alerts");
  const rules = rulesOf(layer);
  const { contract } = loadEnvironments().find(
    (platform) => platform.environment.name === name,
  ) as PlatformEnvironment;
  const find = (alert: string, namespace: string) =>
    rules.filter((entry) => entry.rule.alert === alert && entry.namespace === namespace);

  test("every object validates against its schema", () => {
    expect(validateManifests(manifests)).toEqual([]);
  });

  test.each(RUNBOOK_ALERTS)(
    "$alert: $severity, for $for, threshold and metrics as the runbooks say, in $namespace",
    (expected) => {
      const found = find(expected.alert, expected.namespace);
      expect(found).toHaveLength(1);
      const { rule } = found[0] as SynthesizedRule;
      expect(rule.labels).toEqual({ severity: expected.severity });
      expect(rule.for).toBe(expected.for);
      expect(rule.expr).toMatch(expected.threshold);
      for (const metric of expected.reads) expect(rule.expr).toContain(metric);
    },
  );

  test.each(RESOURCE_ALERTS)("$alert: $severity, for $for, in every platform namespace", (expected) => {
    for (const namespace of PLATFORM_NAMESPACES) {
      const found = find(expected.alert, namespace);
      expect([namespace, found.length]).toEqual([namespace, 1]);
      const { rule } = found[0] as SynthesizedRule;
      expect(rule.labels).toEqual({ severity: expected.severity });
      expect(rule.for).toBe(expected.for);
      expect(rule.expr).toMatch(expected.threshold);
      for (const metric of expected.reads) expect(rule.expr).toContain(metric);
    }
  });

  test("no alert beyond the ones above (a new alert needs its runbook row here)", () => {
    const known = new Set([...RUNBOOK_ALERTS, ...RESOURCE_ALERTS].map((entry) => entry.alert));
    expect(rules.map((entry) => entry.rule.alert).filter((alert) => !known.has(alert))).toEqual([]);
    expect(rules).toHaveLength(RUNBOOK_ALERTS.length + RESOURCE_ALERTS.length * PLATFORM_NAMESPACES.length);
  });

  test("every alert links to its section of docs/runbooks.md, and that section names it and its severity", () => {
    for (const { rule } of rules) {
      const url: string = rule.annotations.runbook_url;
      expect(url.startsWith(`${RUNBOOKS_URL}#`)).toBe(true);
      const anchor = url.slice(RUNBOOKS_URL.length + 1);
      const section = SECTIONS.get(anchor);
      expect([rule.alert, anchor, section !== undefined]).toEqual([rule.alert, anchor, true]);
      expect(section).toContain(`**Alert** \`${rule.alert}\` · **severity** ${rule.labels.severity}`);
      // Table cells may be padded to align columns.
      expect(SECTIONS.get("alert-index")).toMatch(
        new RegExp(`\\|\\s*\`${rule.alert}\`\\s*\\|\\s*${rule.labels.severity}\\s*\\|`),
      );
    }
  });

  test("every alert has a summary and a description", () => {
    for (const { rule } of rules) {
      expect(rule.annotations.summary.length).toBeGreaterThan(10);
      expect(rule.annotations.description.length).toBeGreaterThan(20);
    }
  });

  test("rules live next to what they watch, and each reads only its own namespace's series", () => {
    expect(
      layer
        .ofKind("PrometheusRule")
        .map((object) => `${object.metadata.namespace}/${object.metadata.name}`)
        .sort(),
    ).toEqual(["argo/training-alerts", "mlflow/mlflow-alerts", "mlops/model-serving-alerts"]);
    for (const { namespace, rule } of rules) {
      const read = [...(rule.expr as string).matchAll(/namespace="([^"]+)"/g)].map((match) => match[1]);
      expect(read.length).toBeGreaterThan(0);
      // The one exception: Standard-mode models' requests are counted by the ingress gateway, whose
      // series live in its own namespace (a Prometheus that enforces a namespace label per rule object,
      // not kube-prometheus-stack's default, would see only the Knative half of the error ratio).
      const gatewayCounted = ["HighErrorRate", "ServingErrorRateSLOBreach"].includes(rule.alert);
      expect([rule.alert, [...new Set(read)]]).toEqual([
        rule.alert,
        gatewayCounted ? [namespace, "istio-system"] : [namespace],
      ]);
    }
  });

  test("rules and monitors carry the labels kube-prometheus-stack selects them by", () => {
    const kinds = ["PrometheusRule", "ServiceMonitor", "PodMonitor"];
    expect(manifests.filter((object) => kinds.includes(object.kind))).toHaveLength(8);
    for (const object of kinds.flatMap((kind) => layer.ofKind(kind))) {
      expect(object.metadata.labels).toMatchObject(PROMETHEUS_SELECTOR_LABELS);
    }
  });

  test("the ingress gateway's Envoy is scraped, for the Standard-mode error rates", () => {
    const monitor = layer.one("PodMonitor", "istio-ingressgateway");
    expect(monitor.metadata.namespace).toBe("istio-system");
    expect(monitor.spec.selector).toEqual({ matchLabels: { istio: "ingressgateway" } });
    expect(monitor.spec.podMetricsEndpoints).toMatchObject([
      { port: "http-envoy-prom", path: "/stats/prometheus" },
    ]);
  });

  test("the Argo Workflows controller is scraped on its named metrics port, for the training alerts", () => {
    const monitor = layer.one("PodMonitor", "argo-workflows-workflow-controller");
    expect(monitor.metadata.namespace).toBe("argo");
    // Only the controller's pods (the chart labels them app=workflow-controller), not every pod in argo.
    expect(monitor.spec.selector).toEqual({ matchLabels: { app: "workflow-controller" } });
    expect(monitor.spec.podMetricsEndpoints.map((endpoint: Manifest) => endpoint.port)).toEqual(["metrics"]);
  });

  test("the MLflow ServiceMonitor selects the MLflow Service's labels and its named port", () => {
    const monitor = layer.one("ServiceMonitor", "mlflow");
    const service = layer.one("Service", MLFLOW_SERVICE.name);
    expect(monitor.metadata.namespace).toBe(service.metadata.namespace);
    expect(service.metadata.labels).toMatchObject(monitor.spec.selector.matchLabels);
    expect(monitor.spec.selector.matchLabels).toEqual({ app: "mlflow" });
    expect(monitor.spec.endpoints).toEqual([
      { port: "http", path: "/metrics", scheme: "http", interval: "30s" },
    ]);
    expect(service.spec.ports.map((port: Manifest) => port.name)).toContain(monitor.spec.endpoints[0].port);
  });

  test("Prometheus may reach MLflow's metrics port (the MLflow chart's network policy admits monitoring)", () => {
    const admits = layer
      .ofKind("NetworkPolicy")
      .filter(
        (policy) =>
          policy.metadata.namespace === "mlflow" && policy.spec.podSelector.matchLabels?.app === "mlflow",
      )
      .flatMap((policy) => policy.spec.ingress ?? [])
      .filter((rule: Manifest) =>
        rule.from.some(
          (peer: Manifest) =>
            peer.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] === "monitoring",
        ),
      )
      .flatMap((rule: Manifest) => rule.ports.map((port: Manifest) => port.port));
    expect(admits).toContain(MLFLOW_SERVICE.port);
  });

  test("every predictor admits Prometheus on the ports the PodMonitor scrapes", () => {
    const environment = loadEnvironments().find((platform) => platform.environment.name === name)
      ?.environment as PlatformEnvironment["environment"];
    for (const model of environment.models) {
      const ports = layer
        .ofKind("NetworkPolicy")
        .filter(
          (policy) =>
            policy.metadata.namespace === "mlops" &&
            policy.spec.podSelector.matchLabels?.["serving.kserve.io/inferenceservice"] === model.name,
        )
        .flatMap((policy) => policy.spec.ingress ?? [])
        .filter((rule: Manifest) =>
          rule.from.some(
            (peer: Manifest) =>
              peer.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] === "monitoring",
          ),
        )
        .flatMap((rule: Manifest) => rule.ports.map((port: Manifest) => port.port));
      const expected = model.deploymentMode === "Knative" ? [8080, 9091] : [8080];
      expect([model.name, ports]).toEqual([model.name, expect.arrayContaining(expected)]);
    }
  });

  test("the serving PodMonitor scrapes every predictor's model server and queue-proxy, labelled by InferenceService", () => {
    const monitor = layer.one("PodMonitor", "kserve-predictors");
    expect(monitor.metadata.namespace).toBe("mlops");
    expect(monitor.spec.selector).toEqual({
      matchExpressions: [{ key: "serving.kserve.io/inferenceservice", operator: "Exists" }],
    });
    const [modelServer, queueProxy] = monitor.spec.podMetricsEndpoints;
    expect(modelServer.relabelings).toEqual([
      { sourceLabels: ["__meta_kubernetes_pod_container_name"], regex: "kserve-container", action: "keep" },
      {
        sourceLabels: ["__meta_kubernetes_pod_ip"],
        regex: "(.+)",
        replacement: "$1:8080",
        targetLabel: "__address__",
        action: "replace",
      },
      {
        sourceLabels: ["__meta_kubernetes_pod_label_serving_kserve_io_inferenceservice"],
        targetLabel: "inferenceservice",
        action: "replace",
      },
    ]);
    expect(queueProxy.port).toBe("http-usermetric");
    expect(queueProxy.relabelings.at(-1).targetLabel).toBe("inferenceservice");
    for (const { rule } of rules.filter(
      (entry) => entry.ruleObject === "model-serving-alerts" && entry.group === "model-serving",
    )) {
      expect(rule.expr).toContain("inferenceservice");
    }
  });

  test("the database probe reads MLflow's Secret and talks only to the database subnets", () => {
    const deployment = layer.one("Deployment", "postgres-exporter");
    expect(deployment.metadata.namespace).toBe("mlflow");
    const pod = deployment.spec.template.spec;
    const [exporter] = pod.containers;
    const fromSecret = exporter.env
      .filter((variable: Manifest) => variable.valueFrom)
      .map((variable: Manifest) => [variable.name, variable.valueFrom.secretKeyRef]);
    expect(fromSecret).toEqual([
      ["DB_HOST", { name: "mlflow-db", key: "host" }],
      ["DB_PORT", { name: "mlflow-db", key: "port" }],
      ["DB_NAME", { name: "mlflow-db", key: "dbname" }],
      ["DATA_SOURCE_USER", { name: "mlflow-db", key: "username" }],
      ["DATA_SOURCE_PASS", { name: "mlflow-db", key: "password" }],
    ]);
    expect(exporter.env.at(-1)).toEqual({
      name: "DATA_SOURCE_URI",
      value: "$(DB_HOST):$(DB_PORT)/$(DB_NAME)?sslmode=require&connect_timeout=5",
    });
    // The Secret is the one External Secrets fills for MLflow.
    expect(layer.one("ExternalSecret", DATABASE_CREDENTIALS_SECRET.name).spec.target.name).toBe("mlflow-db");
    expect(exporter.image).toMatch(/^quay\.io\/prometheuscommunity\/postgres-exporter:v\d+\.\d+\.\d+$/);
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.securityContext).toMatchObject({
      runAsNonRoot: true,
      seccompProfile: { type: "RuntimeDefault" },
    });
    expect(exporter.securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ["ALL"] },
    });

    const policy = layer.one("NetworkPolicy", "postgres-exporter-allow");
    expect(policy.spec.podSelector).toEqual({ matchLabels: { app: "postgres-exporter" } });
    expect(policy.spec.egress).toEqual([
      {
        to: contract.network.databaseSubnetCidrs.map((cidr) => ({ ipBlock: { cidr } })),
        ports: [{ port: contract.database.port, protocol: "TCP" }],
      },
    ]);
    expect(policy.spec.ingress).toEqual([
      {
        from: [
          {
            namespaceSelector: {
              matchLabels: { "kubernetes.io/metadata.name": "monitoring" },
            },
            podSelector: { matchLabels: { "app.kubernetes.io/name": "prometheus" } },
          },
        ],
        ports: [{ port: 9187, protocol: "TCP" }],
      },
    ]);
  });

  test("the database probe's ServiceMonitor selects its Service and port, which give PostgreSQLDown its job label", () => {
    const monitor = layer.one("ServiceMonitor", "postgres-exporter");
    const service = layer.one("Service", "postgres-exporter");
    expect(service.metadata.labels).toMatchObject(monitor.spec.selector.matchLabels);
    expect(service.spec.ports).toEqual([
      { name: "metrics", port: 9187, targetPort: "metrics", protocol: "TCP" },
    ]);
    expect(monitor.spec.endpoints[0].port).toBe("metrics");
    expect(find("PostgreSQLDown", "mlflow")[0]?.rule.expr).toContain(`job="${service.metadata.name}"`);
  });

  test("matches its snapshot", () => {
    expect(manifests).toMatchSnapshot();
  });
});

describe("the alert catalogue", () => {
  const targets = {
    namespaces: { mlflow: "mlflow", serving: "mlops", pipelines: "argo" },
    mlflowJob: "mlflow",
    postgresExporterJob: "postgres-exporter",
    backupCronJob: "postgres-backup",
    backupMaxAge: Duration.hours(26),
    trainingTemplate: "ml-training-pipeline",
    servingLabel: "inferenceservice",
    gatewayNamespace: "istio-system",
    runbooksUrl: RUNBOOKS_URL,
  };

  test("gives every alert one anchor, and every anchor one alert", () => {
    const alerts = platformAlertCatalogue(targets).flatMap((set) =>
      set.groups.flatMap((group) => group.rules),
    );
    const anchors = new Map<string, Set<string>>();
    for (const alert of alerts)
      anchors.set(alert.anchor, (anchors.get(alert.anchor) ?? new Set()).add(alert.alert));
    for (const [anchor, names] of anchors) expect([anchor, names.size]).toEqual([anchor, 1]);
  });

  test("follows the names it is given", () => {
    const renamed = platformAlertCatalogue({
      ...targets,
      namespaces: { mlflow: "tracking", serving: "models", pipelines: "wf" },
    });
    expect(renamed.map((set) => set.namespace)).toEqual(["models", "tracking", "wf"]);
    const exprs = renamed.flatMap((set) =>
      set.groups.flatMap((group) => group.rules.map((rule) => rule.expr)),
    );
    expect(exprs.join("\n")).not.toMatch(/namespace="(mlflow|mlops|argo)"/);
  });
});

describe("backupMaxAge", () => {
  test.each([
    ["17 2 * * *", 26],
    ["@daily", 26],
    ["0 */6 * * *", 8],
    ["0 4 * * 1", 170],
    ["0 3 1 * *", 31 * 24 + 2],
  ])("%s allows %d hours", (schedule, hours) => {
    expect(backupMaxAge(schedule).toHours()).toBe(hours);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Constructs: what they refuse
// ---------------------------------------------------------------------------------------------------------

describe("AlertRules", () => {
  const rule: AlertRule = {
    alert: "SomethingBroke",
    expr: "up == 0",
    for: Duration.minutes(5),
    severity: "critical",
    summary: "Something broke",
    description: "Something broke for 5 minutes.",
    runbookUrl: `${RUNBOOKS_URL}#something-broke`,
  };
  const valid: AlertRulesProps = {
    name: "example-alerts",
    namespace: "mlops",
    selectorLabels: PROMETHEUS_SELECTOR_LABELS,
    groups: [{ name: "example", rules: [rule] }],
  };
  const build = (changes: Partial<AlertRulesProps>) => {
    const chart = Testing.chart();
    new AlertRules(chart, "rules", { ...valid, ...changes });
    return chart.toJson()[0];
  };
  const withRule = (changes: Partial<AlertRule>) => ({
    groups: [{ name: "example", rules: [{ ...rule, ...changes }] }],
  });

  test("renders severity as a label and summary, description and runbook_url as annotations", () => {
    expect(build({}).spec.groups[0].rules[0]).toEqual({
      alert: "SomethingBroke",
      expr: "up == 0",
      for: "5m",
      labels: { severity: "critical" },
      annotations: {
        summary: "Something broke",
        description: "Something broke for 5 minutes.",
        runbook_url: `${RUNBOOKS_URL}#something-broke`,
      },
    });
  });

  test.each<[string, Partial<AlertRulesProps>, string]>([
    [
      "the severity is unknown",
      withRule({ severity: "page" as "critical" }),
      'AlertRules mlops/example-alerts, group "example", alert SomethingBroke: severity is "page"; expected one of "critical", "warning", "info"',
    ],
    [
      "the runbook URL has no section anchor",
      withRule({ runbookUrl: RUNBOOKS_URL }),
      `AlertRules mlops/example-alerts, group "example", alert SomethingBroke: runbookUrl is "${RUNBOOKS_URL}"; expected an https URL ending in a section anchor such as "#high-error-rate"`,
    ],
    [
      "the alert name is not PascalCase",
      withRule({ alert: "something_broke" }),
      'AlertRules mlops/example-alerts, group "example": alert name "something_broke" is invalid; expected PascalCase letters and digits, such as "HighErrorRate"',
    ],
    [
      "the description is empty",
      withRule({ description: " " }),
      'AlertRules mlops/example-alerts, group "example", alert SomethingBroke: summary and description must both be non-empty; an operator reads them first',
    ],
    [
      "an alert is defined twice in a group",
      { groups: [{ name: "example", rules: [rule, rule] }] },
      'AlertRules mlops/example-alerts, group "example": alert "SomethingBroke" is defined twice; expected one rule per alert in a group',
    ],
    [
      "a group has no rules",
      { groups: [{ name: "example", rules: [] }] },
      'AlertRules mlops/example-alerts: group "example" has no rules; expected at least one',
    ],
    [
      "there are no selector labels",
      { selectorLabels: {} },
      "AlertRules mlops/example-alerts: selectorLabels is empty; expected the labels the Prometheus selects rules by",
    ],
  ])("throws when %s", (_case, changes, message) => {
    expect(() => build(changes)).toThrow(message);
  });
});

describe("ServiceMetricsMonitor", () => {
  const valid: ServiceMetricsMonitorProps = {
    name: "mlflow",
    namespace: "mlflow",
    serviceLabels: { app: "mlflow" },
    portName: "http",
    selectorLabels: PROMETHEUS_SELECTOR_LABELS,
  };
  const build = (changes: Partial<ServiceMetricsMonitorProps>) => {
    const chart = Testing.chart();
    new ServiceMetricsMonitor(chart, "monitor", { ...valid, ...changes });
    return chart.toJson()[0];
  };

  test.each<[string, Partial<ServiceMetricsMonitorProps>, string]>([
    [
      "it would select every Service of the namespace",
      { serviceLabels: {} },
      "ServiceMetricsMonitor mlflow/mlflow: serviceLabels is empty; it would scrape every Service of the namespace",
    ],
    [
      "the port is given by number",
      { portName: "5000" },
      'ServiceMetricsMonitor mlflow/mlflow: portName is "5000"; expected a Service port name (1-15 lowercase letters, digits or hyphens)',
    ],
    [
      "the path is relative",
      { path: "metrics" },
      'ServiceMetricsMonitor mlflow/mlflow: path is "metrics"; expected an absolute path such as "/metrics"',
    ],
  ])("throws when %s", (_case, changes, message) => {
    expect(() => build(changes)).toThrow(message);
  });
});

describe("PodMetricsMonitor", () => {
  const valid: PodMetricsMonitorProps = {
    name: "predictors",
    namespace: "mlops",
    podLabel: "serving.kserve.io/inferenceservice",
    targetLabel: "inferenceservice",
    endpoints: [{ portName: "http-usermetric" }],
    selectorLabels: PROMETHEUS_SELECTOR_LABELS,
  };
  const build = (changes: Partial<PodMetricsMonitorProps>) => {
    const chart = Testing.chart();
    new PodMetricsMonitor(chart, "monitor", { ...valid, ...changes });
    return chart.toJson()[0];
  };

  test.each<[string, Partial<PodMetricsMonitorProps>, string]>([
    [
      "an endpoint names both a port and a container",
      { endpoints: [{ portName: "metrics", container: "kserve-container", port: 8080 }] },
      'PodMetricsMonitor mlops/predictors: endpoints[0]: give either portName, or container and port; got {"portName":"metrics","container":"kserve-container","port":8080}',
    ],
    [
      "a container endpoint has no port",
      { endpoints: [{ container: "kserve-container" }] },
      'PodMetricsMonitor mlops/predictors: endpoints[0]: container "kserve-container" and port undefined; expected a container name and a port from 1 to 65535',
    ],
    [
      "the target label is not a Prometheus label name",
      { targetLabel: "inference-service" },
      'PodMetricsMonitor mlops/predictors: targetLabel is "inference-service"; expected a Prometheus label name (letters, digits, underscores)',
    ],
    [
      "there is no endpoint",
      { endpoints: [] },
      "PodMetricsMonitor mlops/predictors: endpoints is empty; expected at least one endpoint to scrape",
    ],
  ])("throws when %s", (_case, changes, message) => {
    expect(() => build(changes)).toThrow(message);
  });
});

describe("PostgresExporter", () => {
  const valid: PostgresExporterProps = {
    namespace: "mlflow",
    credentialsSecret: DATABASE_CREDENTIALS_SECRET,
    databaseCidrs: ["10.10.208.0/22"],
    databasePort: 5432,
    scraper: PROMETHEUS_SCRAPER,
    monitorSelectorLabels: PROMETHEUS_SELECTOR_LABELS,
  };
  const build = (changes: Partial<PostgresExporterProps>) => {
    const chart = Testing.chart();
    new PostgresExporter(chart, "exporter", { ...valid, ...changes });
    return chart.toJson();
  };

  test("verify-full, when asked for, reaches the connection string", () => {
    const deployment = build({ sslMode: "verify-full" }).find(
      (object: Manifest) => object.kind === "Deployment",
    );
    expect(deployment.spec.template.spec.containers[0].env.at(-1).value).toContain("sslmode=verify-full");
  });

  test.each<[string, Partial<PostgresExporterProps>, string]>([
    [
      "no database range is given",
      { databaseCidrs: [] },
      "PostgresExporter mlflow/postgres-exporter: databaseCidrs is empty; expected the address ranges of the database subnets",
    ],
    [
      "the database port is out of range",
      { databasePort: 70000 },
      "PostgresExporter mlflow/postgres-exporter: databasePort is 70000; expected a port from 1 to 65535",
    ],
  ])("throws when %s", (_case, changes, message) => {
    expect(() => build(changes)).toThrow(message);
  });
});
