import * as k8s from "cdk8s-plus-28/lib/imports/k8s";
import { Construct } from "constructs";
import { NetworkAllow, type Peer } from "./network-allow";
import { ServiceMetricsMonitor } from "./service-metrics-monitor";
import {
  appLabels,
  IMAGES,
  restrictedContainerSecurityContext,
  restrictedPodSecurityContext,
} from "./workload-defaults";

/** The exporter's metrics port. */
export const POSTGRES_EXPORTER_PORT = 9187;

export interface PostgresExporterProps {
  readonly namespace: string;
  /** Kubernetes Secret (in `namespace`) with the database's connection details, and its keys. */
  readonly credentialsSecret: {
    readonly name: string;
    readonly keys: {
      readonly host: string;
      readonly port: string;
      readonly username: string;
      readonly password: string;
      readonly database: string;
    };
  };
  /** Address ranges the database lives in (egress is allowed there only). */
  readonly databaseCidrs: readonly string[];
  readonly databasePort: number;
  /** Who may scrape the exporter: the Prometheus pods. */
  readonly scraper: Peer;
  /** Labels the Prometheus selects monitors by. */
  readonly monitorSelectorLabels: Readonly<Record<string, string>>;
  /** Name of the Deployment, Service, ServiceAccount and monitor; also the `job` label. @default "postgres-exporter" */
  readonly name?: string;
  /** @default IMAGES.postgresExporter */
  readonly image?: string;
  /**
   * libpq sslmode. "require" encrypts without checking the server certificate; "verify-full" also checks it
   * but needs the cloud's CA bundle in the image.
   * @default "require"
   */
  readonly sslMode?: "require" | "verify-ca" | "verify-full";
}

/**
 * A small postgres_exporter that connects to the managed database the way MLflow does (same Secret, same
 * network path) and publishes `pg_up`: 1 when it can connect and query, 0 when it cannot. The database
 * lives outside the cluster, so this is the honest in-cluster signal of "PostgreSQL is down for MLflow".
 * It comes with its Service, ServiceMonitor and network allows (scrape in, database out).
 */
export class PostgresExporter extends Construct {
  /** The `job` label of the exporter's series. */
  readonly jobName: string;

  constructor(scope: Construct, id: string, props: PostgresExporterProps) {
    super(scope, id);
    const name = props.name ?? "postgres-exporter";
    const where = `PostgresExporter ${props.namespace}/${name}`;
    if (props.databaseCidrs.length === 0) {
      throw new Error(
        `${where}: databaseCidrs is empty; expected the address ranges of the database subnets`,
      );
    }
    if (!Number.isInteger(props.databasePort) || props.databasePort < 1 || props.databasePort > 65535) {
      throw new Error(`${where}: databasePort is ${props.databasePort}; expected a port from 1 to 65535`);
    }
    this.jobName = name;
    const labels = appLabels(name, "monitoring");
    const selector = { app: name };
    const secretEnv = (envName: string, key: string): k8s.EnvVar => ({
      name: envName,
      valueFrom: { secretKeyRef: { name: props.credentialsSecret.name, key } },
    });
    const keys = props.credentialsSecret.keys;

    new k8s.KubeServiceAccount(this, "service-account", {
      metadata: { name, namespace: props.namespace, labels },
      // It talks to the database only, never to the Kubernetes API.
      automountServiceAccountToken: false,
    });

    new k8s.KubeDeployment(this, "deployment", {
      metadata: { name, namespace: props.namespace, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: selector },
        template: {
          metadata: { labels },
          spec: {
            serviceAccountName: name,
            automountServiceAccountToken: false,
            securityContext: restrictedPodSecurityContext(),
            containers: [
              {
                name: "exporter",
                image: props.image ?? IMAGES.postgresExporter,
                ports: [{ name: "metrics", containerPort: POSTGRES_EXPORTER_PORT, protocol: "TCP" }],
                env: [
                  secretEnv("DB_HOST", keys.host),
                  secretEnv("DB_PORT", keys.port),
                  secretEnv("DB_NAME", keys.database),
                  secretEnv("DATA_SOURCE_USER", keys.username),
                  secretEnv("DATA_SOURCE_PASS", keys.password),
                  {
                    // A short connect timeout: an unreachable database shows as pg_up 0 within one scrape,
                    // instead of a scrape that times out and says nothing about the database.
                    name: "DATA_SOURCE_URI",
                    value: `$(DB_HOST):$(DB_PORT)/$(DB_NAME)?sslmode=${props.sslMode ?? "require"}&connect_timeout=5`,
                  },
                ],
                resources: {
                  requests: { cpu: k8s.Quantity.fromString("10m"), memory: k8s.Quantity.fromString("32Mi") },
                  limits: { cpu: k8s.Quantity.fromString("100m"), memory: k8s.Quantity.fromString("128Mi") },
                },
                readinessProbe: {
                  httpGet: { path: "/", port: k8s.IntOrString.fromString("metrics") },
                  periodSeconds: 10,
                },
                livenessProbe: {
                  httpGet: { path: "/", port: k8s.IntOrString.fromString("metrics") },
                  periodSeconds: 30,
                  failureThreshold: 3,
                },
                securityContext: restrictedContainerSecurityContext(),
              },
            ],
          },
        },
      },
    });

    new k8s.KubeService(this, "service", {
      metadata: { name, namespace: props.namespace, labels },
      spec: {
        selector,
        ports: [
          {
            name: "metrics",
            port: POSTGRES_EXPORTER_PORT,
            targetPort: k8s.IntOrString.fromString("metrics"),
            protocol: "TCP",
          },
        ],
      },
    });

    new ServiceMetricsMonitor(this, "monitor", {
      name,
      namespace: props.namespace,
      serviceLabels: { app: name },
      portName: "metrics",
      selectorLabels: props.monitorSelectorLabels,
    });

    new NetworkAllow(this, "network", {
      namespace: props.namespace,
      name: `${name}-allow`,
      podLabels: selector,
      ingress: [{ from: [props.scraper], ports: [{ port: POSTGRES_EXPORTER_PORT }] }],
      egress: [{ to: props.databaseCidrs.map((cidr) => ({ cidr })), ports: [{ port: props.databasePort }] }],
    });
  }
}
