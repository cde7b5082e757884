import { Duration } from "cdk8s";
import * as k8s from "cdk8s-plus-28/lib/imports/k8s";
import { Construct } from "constructs";
import type { IDatabaseCredentials } from "./external-database-secret";
import { PodDisruptionBudget } from "./pod-disruption-budget";
import { spreadOverZonesAndNodes } from "./topology-spread";
import {
  appLabels,
  IMAGES,
  restrictedContainerSecurityContext,
  restrictedPodSecurityContext,
} from "./workload-defaults";

export interface MlflowServiceAccount {
  readonly name: string;
  /** Annotations binding it to its cloud identity (which reads and writes the artifact store). @default none */
  readonly annotations?: Readonly<Record<string, string>>;
  /** Labels the pods need for the cloud to hand them that identity. @default none */
  readonly podLabels?: Readonly<Record<string, string>>;
}

export interface MlflowServerProps {
  readonly namespace: string;
  /** Name of the Deployment, Service, and of the `app` label the runbooks select on. @default "mlflow" */
  readonly name?: string;
  /** Port of the Service and the server (UI, REST API, artifact proxy and /metrics). @default 5000 */
  readonly port?: number;
  /** Name of that port. @default "http" */
  readonly portName?: string;
  readonly serviceAccount: MlflowServiceAccount;
  /** Secret holding the database credentials and connection URL (backend store). */
  readonly database: IDatabaseCredentials;
  /** Where proxied artifacts go (`--artifacts-destination`), a URI such as `s3://bucket/mlflow`. */
  readonly artifactsDestination: string;
  /**
   * Host headers the server answers (MLflow 3's DNS-rebinding guard, `--allowed-hosts` /
   * MLFLOW_SERVER_ALLOWED_HOSTS: exact names, or patterns with `*`, port included). Anything else gets 403,
   * while /health keeps answering, so a probe cannot tell. The Service's in-cluster names on the server's
   * port are always allowed.
   * @default only the Service's names
   */
  readonly allowedHosts?: readonly string[];
  /**
   * Replicas at rest. With 2 or more the server is spread over zones and nodes, and gets a
   * PodDisruptionBudget and a HorizontalPodAutoscaler (from `replicas` to `maxReplicas`).
   * @default 1
   */
  readonly replicas?: number;
  /**
   * Keep the server at zero replicas (no autoscaler, no disruption budget), for an environment that must
   * not write while another one has taken over its data. @default false
   */
  readonly stopped?: boolean;
  /** Ceiling of the autoscaler; used only with 2 or more replicas. @default replicas */
  readonly maxReplicas?: number;
  /**
   * Requests of the server (and of its migration step). Limits: the same memory (memory cannot be
   * throttled, so exceeding a request should fail early and visibly), twice the CPU.
   * @default { cpu: "250m", memory: "512Mi" }
   */
  readonly resources?: { readonly cpu: string; readonly memory: string };
  /** CPU use (percent of the request) the autoscaler holds replicas at. @default 70 */
  readonly targetCpuUtilizationPercent?: number;
  /** Gunicorn workers per replica (each loads MLflow: about 150 MiB). @default 2 */
  readonly workers?: number;
  /** How long a starting pod waits for the database before it fails (and is restarted). @default 5 minutes */
  readonly databaseWaitTimeout?: Duration;
  /** @default IMAGES.mlflow */
  readonly image?: string;
  /** Image with `pg_isready`, for the wait on the database (IMAGES.postgres has one per major). */
  readonly postgresImage: string;
}

const CPU = /^(\d+(\.\d+)?|\d+m)$/;
const MEMORY = /^\d+(Ki|Mi|Gi|Ti)$/;
const URI = /^[a-z][a-z0-9+.-]*:\/\/\S+$/;
const DNS_LABEL = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** Where the server's only writable paths are mounted (the root filesystem is read-only). */
const TMP_DIR = "/tmp";
const METRICS_DIR = "/mlflow/metrics";

/**
 * The MLflow tracking server and model registry: a Deployment whose pods first wait for the database
 * (bounded), then migrate its schema (`mlflow db upgrade`), then serve the UI and API, proxy artifacts to
 * the artifact store and expose Prometheus metrics, all on one port; its Service and service account; and,
 * when replicated, zone spreading, a PodDisruptionBudget and a HorizontalPodAutoscaler.
 */
export class MlflowServer extends Construct {
  readonly name: string;
  readonly namespace: string;
  readonly port: number;
  /** Labels the server's pods carry and its Service and policies select on. */
  readonly podSelector: Readonly<Record<string, string>>;
  /** Whether it runs 2 or more replicas (and so has a disruption budget and an autoscaler). */
  readonly replicated: boolean;

  constructor(scope: Construct, id: string, props: MlflowServerProps) {
    super(scope, id);
    this.name = props.name ?? "mlflow";
    this.namespace = props.namespace;
    this.port = props.port ?? 5000;
    const portName = props.portName ?? "http";
    const replicas = props.replicas ?? 1;
    const maxReplicas = props.maxReplicas ?? replicas;
    const resources = props.resources ?? { cpu: "250m", memory: "512Mi" };
    const workers = props.workers ?? 2;
    const targetCpu = props.targetCpuUtilizationPercent ?? 70;
    const waitSeconds = (props.databaseWaitTimeout ?? Duration.minutes(5)).toSeconds();

    const where = `MlflowServer ${this.namespace}/${this.name}`;
    const fail = (prop: string, value: unknown, allowed: string): never => {
      throw new Error(`${where}: ${prop} is ${JSON.stringify(value)}; expected ${allowed}`);
    };
    if (!DNS_LABEL.test(this.name))
      fail("name", this.name, "a DNS label (lowercase letters, digits, hyphens)");
    if (!Number.isInteger(replicas) || replicas < 1) fail("replicas", replicas, "an integer of at least 1");
    if (!Number.isInteger(maxReplicas) || maxReplicas < replicas) {
      fail("maxReplicas", maxReplicas, `an integer of at least replicas (${replicas})`);
    }
    if (!Number.isInteger(this.port) || this.port < 1 || this.port > 65535) {
      fail("port", this.port, "an integer from 1 to 65535");
    }
    if (!DNS_LABEL.test(portName) || portName.length > 15) {
      fail("portName", portName, "a port name of at most 15 lowercase letters, digits and hyphens");
    }
    if (!CPU.test(resources.cpu))
      fail("resources.cpu", resources.cpu, 'a CPU quantity such as "500m" or "2"');
    if (!MEMORY.test(resources.memory)) {
      fail("resources.memory", resources.memory, 'a memory quantity such as "512Mi" or "2Gi"');
    }
    if (!Number.isInteger(workers) || workers < 1 || workers > 16)
      fail("workers", workers, "an integer from 1 to 16");
    if (!Number.isInteger(targetCpu) || targetCpu < 10 || targetCpu > 100) {
      fail("targetCpuUtilizationPercent", targetCpu, "an integer percentage from 10 to 100");
    }
    if (!Number.isInteger(waitSeconds) || waitSeconds < 10) {
      fail("databaseWaitTimeout", `${waitSeconds}s`, "a whole number of seconds, at least 10");
    }
    if (!URI.test(props.artifactsDestination)) {
      fail(
        "artifactsDestination",
        props.artifactsDestination,
        "a URI with a scheme, such as s3://bucket/mlflow",
      );
    }

    if (props.database.namespace !== this.namespace) {
      fail(
        "database.namespace",
        props.database.namespace,
        `"${this.namespace}": pods read Secrets of their own namespace only`,
      );
    }

    this.replicated = replicas >= 2 && !props.stopped;
    this.podSelector = { app: this.name };
    const labels = appLabels(this.name, "tracking-server");
    const metadata = { name: this.name, namespace: this.namespace, labels };
    const { database } = props;
    const fromDatabaseSecret = (name: string, key: string): k8s.EnvVar => ({
      name,
      valueFrom: { secretKeyRef: { name: database.name, key } },
    });
    const backendStoreUri = fromDatabaseSecret("MLFLOW_BACKEND_STORE_URI", database.keys.uri);
    const serviceHosts = [
      this.name,
      `${this.name}.${this.namespace}`,
      `${this.name}.${this.namespace}.svc`,
      `${this.name}.${this.namespace}.svc.cluster.local`,
    ].map((host) => `${host}:${this.port}`);
    const allowedHosts = [...serviceHosts, ...(props.allowedHosts ?? [])];
    for (const host of allowedHosts) {
      if (!/^[a-z0-9*]([a-z0-9.*-]*[a-z0-9*])?(:(\d+|\*))?$/.test(host)) {
        fail(
          "allowedHosts",
          host,
          'a host name or pattern, with an optional port, such as "mlflow.example.com" or "10.30.*"',
        );
      }
    }
    const serverResources = {
      requests: { cpu: quantity(resources.cpu), memory: quantity(resources.memory) },
      limits: { cpu: quantity(doubleCpu(resources.cpu)), memory: quantity(resources.memory) },
    };
    const tmpMount = { name: "tmp", mountPath: TMP_DIR };
    const securityContext = restrictedContainerSecurityContext() as k8s.SecurityContext;
    const health = (period: number, failures: number): k8s.Probe => ({
      httpGet: { path: "/health", port: k8s.IntOrString.fromString(portName) },
      periodSeconds: period,
      timeoutSeconds: 5,
      failureThreshold: failures,
    });

    new k8s.KubeServiceAccount(this, "service-account", {
      metadata: {
        name: props.serviceAccount.name,
        namespace: this.namespace,
        labels,
        ...(props.serviceAccount.annotations && { annotations: { ...props.serviceAccount.annotations } }),
      },
      // The server never calls the Kubernetes API; its cloud token is projected separately.
      automountServiceAccountToken: false,
    });

    new k8s.KubeService(this, "service", {
      metadata,
      spec: {
        type: "ClusterIP",
        selector: { ...this.podSelector },
        ports: [
          {
            name: portName,
            port: this.port,
            targetPort: k8s.IntOrString.fromString(portName),
            protocol: "TCP",
          },
        ],
      },
    });

    new k8s.KubeDeployment(this, "deployment", {
      metadata,
      spec: {
        // An autoscaled Deployment leaves its replica count to the autoscaler: a count in Git would make
        // every GitOps sync undo the autoscaler's decision.
        ...(!this.replicated && { replicas: props.stopped ? 0 : replicas }),
        revisionHistoryLimit: 5,
        selector: { matchLabels: { ...this.podSelector } },
        // Start the new pod before stopping an old one: no capacity lost during a rollout.
        strategy: {
          type: "RollingUpdate",
          rollingUpdate: {
            maxSurge: k8s.IntOrString.fromNumber(1),
            maxUnavailable: k8s.IntOrString.fromNumber(0),
          },
        },
        template: {
          metadata: {
            labels: { ...props.serviceAccount.podLabels, ...labels },
            // `kubectl logs|exec` without -c reach the server, not an init container.
            annotations: { "kubectl.kubernetes.io/default-container": "mlflow" },
          },
          spec: {
            serviceAccountName: props.serviceAccount.name,
            automountServiceAccountToken: false,
            enableServiceLinks: false,
            securityContext: restrictedPodSecurityContext() as k8s.PodSecurityContext,
            ...(this.replicated && { topologySpreadConstraints: spreadOverZonesAndNodes(this.podSelector) }),
            initContainers: [
              {
                name: "wait-for-postgres",
                image: props.postgresImage,
                command: ["sh", "-c", waitForDatabaseScript(waitSeconds)],
                // pg_isready needs no password: the wait learns nothing it should not.
                env: [
                  fromDatabaseSecret("PGHOST", database.keys.host),
                  fromDatabaseSecret("PGPORT", database.keys.port),
                  fromDatabaseSecret("PGUSER", database.keys.username),
                  fromDatabaseSecret("PGDATABASE", database.keys.database),
                ],
                resources: {
                  requests: { cpu: quantity("10m"), memory: quantity("16Mi") },
                  limits: { cpu: quantity("100m"), memory: quantity("64Mi") },
                },
                securityContext,
              },
              {
                name: "db-upgrade",
                image: props.image ?? IMAGES.mlflow,
                command: ["sh", "-c", SCHEMA_SCRIPT],
                env: [backendStoreUri, { name: "HOME", value: TMP_DIR }],
                resources: serverResources,
                securityContext,
                volumeMounts: [tmpMount],
              },
            ],
            containers: [
              {
                name: "mlflow",
                image: props.image ?? IMAGES.mlflow,
                command: ["mlflow"],
                args: [
                  "server",
                  "--host",
                  "0.0.0.0",
                  "--port",
                  String(this.port),
                  "--workers",
                  String(workers),
                  // The backend store comes from MLFLOW_BACKEND_STORE_URI (env), never from the arguments.
                  "--serve-artifacts",
                  "--artifacts-destination",
                  props.artifactsDestination,
                  "--expose-prometheus",
                  METRICS_DIR,
                ],
                env: [
                  backendStoreUri,
                  { name: "HOME", value: TMP_DIR },
                  { name: "MLFLOW_SERVER_ALLOWED_HOSTS", value: allowedHosts.join(",") },
                ],
                ports: [{ name: portName, containerPort: this.port, protocol: "TCP" }],
                // Up to 2 minutes to start, then restarted after a minute of failed checks.
                startupProbe: health(5, 24),
                livenessProbe: health(20, 3),
                readinessProbe: health(10, 3),
                resources: serverResources,
                securityContext,
                volumeMounts: [tmpMount, { name: "metrics", mountPath: METRICS_DIR }],
              },
            ],
            volumes: [
              // Uploads proxied to the artifact store are staged here, and gunicorn keeps its heartbeats here.
              { name: "tmp", emptyDir: {} },
              // Prometheus multiprocess files: one per gunicorn worker, merged at /metrics.
              { name: "metrics", emptyDir: {} },
            ],
          },
        },
      },
    });

    if (this.replicated) {
      new PodDisruptionBudget(this, "disruption-budget", {
        namespace: this.namespace,
        name: this.name,
        labels,
        selector: this.podSelector,
        replicas,
        maxUnavailable: 1,
      });
      new k8s.KubeHorizontalPodAutoscalerV2(this, "autoscaler", {
        metadata,
        spec: {
          scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: this.name },
          minReplicas: replicas,
          maxReplicas,
          metrics: [
            {
              type: "Resource",
              resource: { name: "cpu", target: { type: "Utilization", averageUtilization: targetCpu } },
            },
          ],
        },
      });
    }
  }
}

/**
 * Brings the schema to this MLflow version before any server runs against it. An existing schema is
 * migrated by `mlflow db upgrade` (a no-op when it is current). MLflow 2.x cannot migrate an empty database
 * (its first migration alters tables that only its own initialisation creates), so a new environment's
 * empty database is initialised the way the server itself would, straight at the newest schema.
 * The connection URL comes from the environment: it is never in the manifest.
 */
export const SCHEMA_SCRIPT = [
  "set -eu",
  `tables=$(python -c 'import os, sqlalchemy; print(len(sqlalchemy.inspect(sqlalchemy.create_engine(os.environ["MLFLOW_BACKEND_STORE_URI"])).get_table_names()))')`,
  'if [ "$tables" -gt 0 ]; then',
  '  echo "db-upgrade: migrating the existing schema ($tables tables) to this MLflow version"',
  '  exec mlflow db upgrade "$MLFLOW_BACKEND_STORE_URI"',
  "fi",
  'echo "db-upgrade: empty database; creating the MLflow schema"',
  `exec python -c 'import os; from mlflow.store.db import utils; utils._initialize_tables(utils.create_sqlalchemy_engine_with_retry(os.environ["MLFLOW_BACKEND_STORE_URI"]))'`,
].join("\n");

/** Polls with pg_isready until the database accepts connections, for at most `seconds`. */
export function waitForDatabaseScript(seconds: number): string {
  return [
    `deadline=$(( $(date +%s) + ${seconds} ))`,
    "until pg_isready --quiet --timeout=5; do",
    '  if [ "$(date +%s)" -ge "$deadline" ]; then',
    `    echo "wait-for-postgres: $PGHOST:$PGPORT did not accept connections within ${seconds} seconds" >&2`,
    "    exit 1",
    "  fi",
    '  echo "wait-for-postgres: $PGHOST:$PGPORT not ready yet; retrying in 5 seconds"',
    "  sleep 5",
    "done",
    'echo "wait-for-postgres: $PGHOST:$PGPORT accepts connections"',
  ].join("\n");
}

function quantity(value: string): k8s.Quantity {
  return k8s.Quantity.fromString(value);
}

/** Twice a CPU quantity, in millicores ("250m" -> "500m", "1.5" -> "3000m"). */
function doubleCpu(cpu: string): string {
  const millicores = cpu.endsWith("m") ? Number(cpu.slice(0, -1)) : Math.round(Number(cpu) * 1000);
  return `${millicores * 2}m`;
}
